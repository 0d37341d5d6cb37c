using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Consoles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Admin;

/// <summary>Where admins land after signing in: the states whose Medicaid criteria need an admin, and the admin's pages.</summary>
[Authorize(Roles = Roles.Admin)]
public class IndexModel(ConsoleWork queue) : PageModel
{
    public IReadOnlyList<StateWork> States { get; private set; } = [];
    public IReadOnlyList<QueueItem> Queue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        States = await queue.StatesAsync(cancellationToken);
        int Count(string reason) => States.Count(s => s.Reasons.Any(r => r.StartsWith(reason, StringComparison.Ordinal)));
        Queue =
        [
            new("queue-unknown", Count(StateWork.Unknown), "states whose coverage is unknown", "#state-work"),
            new("queue-stale-states", Count(StateWork.StaleCriteria), "states whose criteria were not verified in the last 12 months", "#state-work"),
            new("queue-stale", Count(StateWork.StaleRule), "states whose rule was not verified in the last 12 months", "#state-work"),
            new("queue-no-rule", Count(StateWork.NoRule), "states with rules but none in effect today", "#state-work"),
            new("queue-ending", Count(StateWork.Ending), $"states whose rule ends within {RuleQueues.EndingWithinDays} days", "#state-work"),
        ];
    }
}
