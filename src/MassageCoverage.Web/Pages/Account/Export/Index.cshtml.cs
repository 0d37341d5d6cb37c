using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account.Export;

[Authorize(Roles = Roles.Patient)]
public class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
