using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.FollowThrough;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account;

[Authorize]
public class IndexModel(UserManager<AppUser> users, DueList due, PatientClock clock) : PageModel
{
    public bool IsPatient => User.IsInRole(Roles.Patient);

    /// <summary>The zone assumed at registration, in the reader's words, until the patient confirms or changes it.</summary>
    public string? UnconfirmedZone { get; private set; }

    /// <summary>What the patient has to do next, soonest first.</summary>
    public IReadOnlyList<DueItem> Due { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        UnconfirmedZone = user.TimeZoneConfirmed ? null : TimeZones.Label(user.TimeZone);
        if (IsPatient)
        {
            Today = await clock.TodayAsync(user.Id, cancellationToken);
            Due = await due.ForAsync(user.Id, Today, cancellationToken);
        }

        return Page();
    }
}
