using MassageCoverage.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace MassageCoverage.Web.Pages;

[OutputCache(PolicyName = SnapshotPageCache.Policy)]
public class IndexModel : PageModel
{
}
