using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Check;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Coverage;

/// <summary>
/// The guided check. Without JavaScript the two searches are form posts that re-render the page with their matches;
/// nothing typed is lost. A valid post redirects to the result, whose URL carries the answers.
/// </summary>
public class CheckModel(CheckService checks) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CheckAnswers Answers { get; set; } = new();

    /// <summary>Set by the result page when a shared link holds answers that no longer validate.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Fix { get; set; }

    public IReadOnlyList<PlanEntry> PlanMatches { get; private set; } = [];

    /// <summary>How many plans the search found; more than <see cref="PlanMatches"/> holds when the list was cut.</summary>
    public int PlanMatchTotal { get; private set; }
    public IReadOnlyList<IcdEntry> ConditionMatches { get; private set; } = [];
    public PlanEntry? ChosenPlan { get; private set; }

    /// <summary>The diagnosis already chosen (from a link or "Edit answers"), shown even before any search.</summary>
    public IcdEntry? ChosenCondition { get; private set; }
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Fix)
        {
            await ValidateAsync(cancellationToken);
        }

        await FindAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await ValidateAsync(cancellationToken))
        {
            return RedirectToPage("/Coverage/CheckResult", Answers.ToRouteValues());
        }

        await FindAsync(cancellationToken);
        return Page();
    }

    public Task OnPostFindPlanAsync(CancellationToken cancellationToken) => FindAsync(cancellationToken);

    public Task OnPostFindConditionAsync(CancellationToken cancellationToken) => FindAsync(cancellationToken);

    /// <summary>The JavaScript enhancement's plan suggestions; the same search as the form's.</summary>
    public async Task<IActionResult> OnGetPlansAsync(string? query, string? state, CancellationToken cancellationToken)
    {
        var found = await checks.FindPlansAsync(query, state, cancellationToken);
        return new JsonResult(found.Plans.Select(p => new { code = p.Code, name = p.Name, insurer = p.Insurer }));
    }

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);

    private async Task<bool> ValidateAsync(CancellationToken cancellationToken)
    {
        var input = await checks.ReadAsync(Answers, cancellationToken);
        foreach (var (field, message) in input.Errors)
        {
            Errors.TryAdd(field, message);
        }

        return input.IsValid;
    }

    private async Task FindAsync(CancellationToken cancellationToken)
    {
        var found = await checks.FindPlansAsync(Answers.PlanQuery, Answers.State, cancellationToken);
        (PlanMatches, PlanMatchTotal) = (found.Plans, found.Total);
        ChosenPlan = await checks.FindPlanAsync(Answers.Plan, cancellationToken);
        ConditionMatches = CodeText.Search(Answers.ConditionQuery);
        if (!string.IsNullOrWhiteSpace(Answers.Diagnosis) && IcdCode.TryParse(Answers.Diagnosis, out var code, out _))
        {
            ChosenCondition = IcdCatalog.All.FirstOrDefault(e => e.Code == code) ?? new IcdEntry(code, CodeStrings.IcdGiven);
        }
    }
}
