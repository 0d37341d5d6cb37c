using System.Globalization;
using MassageCoverage.Core.Appeals;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Appeals;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Features.Records;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Denials;

/// <summary>
/// The appeal letter: a first draft written from the patient's records in the language they choose, then theirs to
/// edit and save (over the row version it was opened with) before printing.
/// </summary>
[Authorize(Roles = Roles.Patient)]
public class LetterModel(CoverageDbContext db, DenialRecords records, PatientClock clock) : PageModel
{
    public sealed record CallChoice(long Id, string Label, bool Suggested);

    public Denial Denial { get; private set; } = null!;

    public IReadOnlyList<CallChoice> Calls { get; private set; } = [];

    [BindProperty]
    public string? LetterLanguage { get; set; }

    [BindProperty]
    public List<long> CallIds { get; set; } = [];

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public FormErrors Errors { get; } = new();

    /// <summary>The letter saved elsewhere since this page was opened; set only on a refused save.</summary>
    public string? SavedElsewhere { get; private set; }

    /// <summary>"written" after a draft, "saved" after a save: said once after the redirect.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public IReadOnlyList<string> Blanks => Text is null ? [] : AppealLetter.Blanks(Text);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Text = Denial.Letter;
        Version = Denial.Version;
        LetterLanguage = Denial.LetterLanguage ?? Languages.Current;
        CallIds = [.. Calls.Where(c => c.Suggested).Select(c => c.Id)];
        return Page();
    }

    public async Task<IActionResult> OnPostWriteAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var language = LetterLanguage is Languages.English or Languages.Spanish ? LetterLanguage : Languages.Current;
        var owner = User.Id();
        var chosen = CallIds.ToHashSet();
        var calls = await db.InsurerCalls.AsNoTracking().Include(c => c.Promises)
            .Where(c => c.OwnerId == owner && chosen.Contains(c.Id))
            .ToListAsync(cancellationToken);
        var referral = Denial.ReferralId is { } r
            ? await db.Referrals.AsNoTracking().SingleOrDefaultAsync(x => x.Id == r && x.OwnerId == owner, cancellationToken)
            : null;
        var check = Denial.SavedCheckId is { } c
            ? await db.SavedChecks.AsNoTracking().Where(x => x.Id == c && x.OwnerId == owner).Select(x => x.Snapshot).SingleOrDefaultAsync(cancellationToken)
            : null;
        var facts = new AppealLetterFacts(Denial, referral, check is null ? null : CheckSnapshot.FromJson(check), calls,
            await clock.ZoneAsync(owner, cancellationToken), await clock.TodayAsync(owner, cancellationToken));

        Denial.Letter = AppealLetter.Write(facts, language);
        Denial.LetterLanguage = language;
        Denial.Status = Denial.Status == AppealStatus.NotStarted ? AppealStatus.Drafted : Denial.Status;
        return await SaveAsync(id, "written", cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            Errors.Add("Text", AppealStrings.LetterEmpty);
        }
        else if (Text.Length > Denial.LetterMaxLength)
        {
            Errors.Add("Text", AppealStrings.LetterTooLong);
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        Denial.Letter = Text!.Replace("\r\n", "\n", StringComparison.Ordinal);
        Denial.Status = Denial.Status == AppealStatus.NotStarted ? AppealStatus.Drafted : Denial.Status;
        return await SaveAsync(id, "saved", cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(long id, string done, CancellationToken cancellationToken)
    {
        // A rewrite or an edit from a page opened before the letter was saved elsewhere is refused like any stale save.
        if (!await records.SaveChangeAsync(User.Id(), Denial, Version, cancellationToken))
        {
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFound();
            }

            // The patient's words stay in the editor; the saved letter is shown beside them.
            SavedElsewhere = Denial.Letter ?? "";
            Text ??= Denial.Letter;
            Version = Denial.Version;
            return Page();
        }

        return RedirectToPage(new { id, done });
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var owner = User.Id();
        if (await records.FindAsync(owner, id, cancellationToken) is not { } denial)
        {
            return false;
        }

        Denial = denial;
        var zone = await clock.ZoneAsync(owner, cancellationToken);
        var calls = await db.InsurerCalls.AsNoTracking().Where(c => c.OwnerId == owner)
            .OrderByDescending(c => c.CalledAt)
            .Select(c => new { c.Id, c.CalledAt, c.Insurer, c.ReferenceNumber })
            .ToListAsync(cancellationToken);
        Calls = [.. calls.Select(c => new CallChoice(c.Id,
            Words.Format(AppealStrings.LetterCall, Words.DateTime(TimeZoneInfo.ConvertTime(c.CalledAt, zone).DateTime), c.Insurer,
                c.ReferenceNumber ?? AppealStrings.LCallReferenceBlank),
            string.Equals(c.Insurer.Trim(), denial.Insurer.Trim(), StringComparison.OrdinalIgnoreCase)))];
        return true;
    }
}
