using MassageCoverage.Web.Features.Catalog.Format;
using Microsoft.AspNetCore.Mvc;

namespace MassageCoverage.Web.Pages.Staff.Catalog;

/// <summary>The whole catalog in the import format, as a download.</summary>
public class ExportModel : StaffPageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var json = await HttpContext.RequestServices.GetRequiredService<CatalogExporter>().ExportAsync(cancellationToken);
        return File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", "coverage-catalog.json");
    }
}
