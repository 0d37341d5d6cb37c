using MassageCoverage.Core.Eligibility;
using MassageCoverage.Core.Eligibility.Massage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Catalog.Editing;
using MassageCoverage.Web.Features.Eligibility;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Staff.Eligibility;

/// <summary>
/// Staff paste or upload a payer's 271 eligibility response and read what it says about massage, what it cannot
/// say, and how it compares with the plan's rule for today; a new rule version can be drafted from it. The 271 holds
/// health information, so it lives only in this request: never stored, logged or echoed back (the form comes back
/// empty, and no member name, identifier or birth date is shown).
/// </summary>
public class IndexModel(CoverageDbContext db, ClinicClock clock) : StaffPageModel
{
    private const long MaxBytes = 1024 * 1024;

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? PlanCode { get; set; }

    public string? Error { get; private set; }
    public string? PlanError { get; private set; }
    public IReadOnlyList<TransactionReading> Readings { get; private set; } = [];
    public string? PlanName { get; private set; }

    /// <summary>One transaction set of the file: its payer, rejections and the massage reading with its comparison.</summary>
    public sealed record TransactionReading(
        string Payer, IReadOnlyList<Rejection> Rejections, MassageBenefitSummary Summary,
        IReadOnlyList<ComparisonRow> Comparison, IReadOnlyDictionary<string, string> Draft);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var text = Text;
        Text = null;
        ModelState.Remove(nameof(Text));
        if (file is { Length: > 0 })
        {
            if (file.Length > MaxBytes)
            {
                Error = "The file is larger than 1 MB: a 271 for one patient is a few kilobytes.";
                return Page();
            }

            using var reader = new StreamReader(file.OpenReadStream());
            text = await reader.ReadToEndAsync(cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Error = "Paste a 271 eligibility response or choose its file.";
            return Page();
        }

        if (text.Length > MaxBytes)
        {
            Error = "The text is longer than 1 MB: a 271 for one patient is a few kilobytes.";
            return Page();
        }

        var rule = await CurrentRuleAsync(cancellationToken);
        if (PlanError is not null)
        {
            return Page();
        }

        if (!Eligibility271.TryParse(text, out var response, out var error))
        {
            Error = EligibilityWords.Error(error);
            return Page();
        }

        Readings = [.. response.Transactions.Select(t =>
        {
            var summary = MassageBenefits.Summarize(t);
            var payer = t.Payer?.Name ?? "the payer";
            return new TransactionReading(payer, t.Rejections, summary,
                rule is null ? [] : EligibilityComparison.Compare(summary, rule.Terms),
                EligibilityComparison.Draft(summary, payer, clock.Today));
        })];
        return Page();
    }

    private async Task<Data.Entities.RuleVersion?> CurrentRuleAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(PlanCode))
        {
            return null;
        }

        var code = PlanCode.Trim().ToLowerInvariant();
        var plan = await db.Plans.AsNoTracking().Include(p => p.Rules).SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (plan is null)
        {
            PlanError = "No plan has this code: leave it empty, or copy the code from the plan's page.";
            return null;
        }

        PlanCode = plan.Code;
        PlanName = plan.Name;
        return RuleVersionsOf.Current(plan.Rules, clock.Today);
    }
}
