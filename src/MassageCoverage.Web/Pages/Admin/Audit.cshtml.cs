using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Admin;

/// <summary>Who changed what and when, in words: filtered by type, owner, actor and dates, 50 to a page.</summary>
[Authorize(Roles = Roles.Admin)]
public class AuditModel(CoverageDbContext db, AuditReader reader) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "")]
    public AuditFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditLine> Entries { get; private set; } = [];
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + AuditQuery.PageSize - 1) / AuditQuery.PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = await AuditQuery.ApplyAsync(db, Filter, cancellationToken);
        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Entries = await reader.ReadAsync(
            await query.Skip((PageNumber - 1) * AuditQuery.PageSize).Take(AuditQuery.PageSize).ToListAsync(cancellationToken), cancellationToken);
        EntityTypes = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    /// <summary>The current filters as a query string, for the pager and the CSV link.</summary>
    public Dictionary<string, string?> Query(int? page = null) => new()
    {
        ["EntityType"] = Filter.EntityType,
        ["Owner"] = Filter.Owner,
        ["Actor"] = Filter.Actor,
        ["From"] = IsoDate.Format(Filter.From),
        ["To"] = IsoDate.Format(Filter.To),
        ["pageNumber"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
