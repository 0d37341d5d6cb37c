using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Coverage.Calls;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Discrepancies;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Calls;

/// <summary>
/// One of the patient's calls with what it contradicts in the rule of its plan in effect on its day, side by side, and
/// "Tell the clinic" for each contradiction (also the target of the same button on a check's result).
/// </summary>
[Authorize(Roles = Roles.Patient)]
public class DetailsModel(CoverageDbContext db, PatientClock clock, CatalogProvider catalogs, DiscrepancyReports reports) : PageModel
{
    public InsurerCall Call { get; private set; } = null!;
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public CoverageCatalog Catalog { get; private set; } = CoverageCatalog.Empty;
    public CallCompared Compared { get; private set; } = null!;
    public IReadOnlyList<DiscrepancyReport> Reports { get; private set; } = [];

    /// <summary>What the last "Tell the clinic" did: <c>new</c>, <c>again</c> (one report either way) or <c>none</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sent { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } call)
        {
            return NotFound();
        }

        (Call, Zone, Catalog) = (call, await clock.ZoneAsync(User.Id(), cancellationToken), await catalogs.GetAsync(cancellationToken));
        Compared = CallComparison.WithRuleOfItsDay(Catalog, call, Zone);
        Reports = await reports.OfAsync(Compared.Discrepancies, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Sends the report of one contradiction between this call and <paramref name="rule"/>, a version of the call's own
    /// plan's rule. The contradiction is found again here from the stored call and the catalog: nothing posted but which
    /// one is trusted.
    /// </summary>
    public async Task<IActionResult> OnPostReportAsync(long id, [FromForm] string? field, [FromForm] long rule, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } call)
        {
            return NotFound();
        }

        var owner = call.About;
        var version = owner is null ? null : CatalogOwners.RulesOf(await catalogs.GetAsync(cancellationToken), owner).FirstOrDefault(r => r.Id == rule);
        var found = version is null || !Enum.TryParse<CallField>(field, out var named) || !Enum.IsDefined(named)
            ? null
            : CallComparison.WithRule(call, await clock.ZoneAsync(User.Id(), cancellationToken), owner!, version)
                .FirstOrDefault(d => d.Contradiction.Field == named);
        var sent = found is null ? "none" : await reports.SendAsync(found, cancellationToken) ? "new" : "again";
        return RedirectToPage("Details", pageHandler: null, new { id, sent }, found is null ? "discrepancies" : $"discrepancy-{found.Contradiction.Field}");
    }

    private Task<InsurerCall?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.InsurerCalls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == User.Id(), cancellationToken);
}
