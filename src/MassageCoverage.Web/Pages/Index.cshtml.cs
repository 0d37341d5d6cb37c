using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = MassageCoverage.Web.Hosting.SnapshotPageCache.Policy)]
public class IndexModel : PageModel
{
}
