using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Staff;

/// <summary>Every staff page derives from this, so no page under /staff can be added without the role check.</summary>
[Authorize(Roles = Roles.Staff + "," + Roles.Admin)]
public abstract class StaffPageModel : PageModel
{
}
