using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account;

[Authorize]
public class IndexModel(UserManager<AppUser> users) : PageModel
{
    public bool IsPatient => User.IsInRole(Roles.Patient);

    /// <summary>The zone assumed at registration, in the reader's words, until the patient confirms or changes it.</summary>
    public string? UnconfirmedZone { get; private set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        UnconfirmedZone = user.TimeZoneConfirmed ? null : TimeZones.Label(user.TimeZone);
        return Page();
    }
}
