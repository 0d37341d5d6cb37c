using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Discrepancies;

/// <summary>
/// What a signed-in patient's own calls about the owner of a check's rule contradict in that very rule version: the
/// check's answer stays as it is, the contradictions are shown beside it.
/// </summary>
public sealed class CheckDiscrepancies(CoverageDbContext db, PatientClock clock, DiscrepancyReports reports)
{
    /// <summary>The newest calls read; a patient rarely has more than a few about one plan.</summary>
    private const int CallsRead = 20;

    /// <summary>Null when the check used no rule, or none of the patient's calls about its owner contradicts it.</summary>
    public async Task<DiscrepancyList?> ForAsync(string patient, CoverageDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision is not { Owner: { } coverageOwner, AppliedRule: { } rule })
        {
            return null;
        }

        var owner = CatalogOwners.Of(coverageOwner);
        var calls = await db.InsurerCalls.AsNoTracking()
            .Where(c => c.OwnerId == patient && c.AboutKind == owner.Kind && c.AboutPlanCode == owner.PlanCode && c.AboutStateCode == owner.StateCode)
            .OrderByDescending(c => c.CalledAt).Take(CallsRead).ToListAsync(cancellationToken);
        if (calls.Count == 0)
        {
            return null;
        }

        var zone = await clock.ZoneAsync(patient, cancellationToken);
        var items = calls.SelectMany(c => CallComparison.WithRule(c, zone, owner, rule)).ToList();
        return items.Count == 0 ? null : new DiscrepancyList(items, await reports.OfAsync(items, cancellationToken), zone, OnCallPage: false);
    }
}
