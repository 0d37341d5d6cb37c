using System.Text;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Admin;

/// <summary>The audit log's filtered rows, all of them, as CSV with the page's columns and words.</summary>
[Authorize(Roles = Roles.Admin)]
public class AuditCsvModel(CoverageDbContext db, AuditReader reader) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "")]
    public AuditFilter Filter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = await (await AuditQuery.ApplyAsync(db, Filter, cancellationToken)).ToListAsync(cancellationToken);
        return File(Encoding.UTF8.GetBytes(AuditQuery.ToCsv(await reader.ReadAsync(entries, cancellationToken))), "text/csv; charset=utf-8", "audit.csv");
    }
}
