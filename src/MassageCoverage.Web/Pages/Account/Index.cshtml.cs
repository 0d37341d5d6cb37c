using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account;

[Authorize]
public class IndexModel : PageModel
{
    public bool IsPatient => User.IsInRole(Roles.Patient);

    public void OnGet()
    {
    }
}
