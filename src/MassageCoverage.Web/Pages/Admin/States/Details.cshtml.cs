using MassageCoverage.Web.Features.Records;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Admin.States;

/// <summary>One state: its criteria, its rule versions (the shared editor), and its recent changes with who and source.</summary>
[Authorize(Roles = Roles.Admin)]
public class DetailsModel(RuleOwners owners, StateHistory history, ClinicClock clock) : PageModel
{
    public MedicaidStateProgram State { get; private set; } = null!;
    public RuleVersionList Versions { get; private set; } = null!;
    public IReadOnlyList<StateChange> Changes { get; private set; } = [];
    public bool Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(string state, CancellationToken cancellationToken)
    {
        if (await owners.StateAsync(state, cancellationToken) is not { } owner)
        {
            return NotFound();
        }

        var today = clock.Today;
        State = owner.State;
        Versions = RuleVersionList.Of(owner, today);
        Stale = State.LastVerified is { } verified && verified < today.AddMonths(-12);
        Changes = await history.RecentAsync(State.StateCode, cancellationToken);
        return Page();
    }
}
