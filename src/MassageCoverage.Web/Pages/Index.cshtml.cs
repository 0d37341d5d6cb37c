using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages;

public class IndexModel : PageModel
{
}
