using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account;

/// <summary>Any signed-in request renews the sliding sign-in; this one does nothing else.</summary>
[Authorize]
public class KeepAliveModel : PageModel
{
    public IActionResult OnGet() => new NoContentResult();
}
