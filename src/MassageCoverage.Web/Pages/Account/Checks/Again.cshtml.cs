using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Check;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account.Checks;

/// <summary>The saved answers run against today's catalog, and what reads differently from the saved result.</summary>
[Authorize(Roles = Roles.Patient)]
public class AgainModel(SavedCheckStore saved, CheckService checks) : PageModel
{
    public long Id { get; private set; }
    public CheckSnapshot Then { get; private set; } = null!;

    /// <summary>Null when the saved answers no longer pass today's checks (a plan left the catalog, say).</summary>
    public CheckSnapshot? Now { get; private set; }

    public IReadOnlyList<SnapshotChange> Changes { get; private set; } = [];
    public Dictionary<string, string> EditValues { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var check = await saved.FindAsync(User.Id(), id, cancellationToken);
        if (check is null)
        {
            return NotFound();
        }

        Id = check.Id;
        Then = CheckSnapshot.FromJson(check.Snapshot);
        var answers = SavedCheckStore.AnswersOf(check);
        EditValues = answers.ToRouteValues();
        if ((await checks.RunAsync(answers, cancellationToken)).Result is { } result)
        {
            // In the saved check's language, so that only what the rules changed reads differently.
            Now = Languages.In(Then.Language, () => CheckSnapshot.Of(result));
            Changes = SnapshotChanges.Between(Then, Now);
        }

        return Page();
    }

    // Nothing is posted here: a POST answers 404 rather than rendering the page with nothing loaded.
    public IActionResult OnPost(long id) => NotFound();
}
