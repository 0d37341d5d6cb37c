using System.Globalization;
using System.Text.Json;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Discrepancies;

/// <summary>What became of a staff member's resolution: saved, or someone else resolved the report first.</summary>
public abstract record Resolution
{
    private Resolution()
    {
    }

    public sealed record Saved : Resolution;

    /// <summary>The report as the other person left it.</summary>
    public sealed record AlreadyResolved(DiscrepancyReport Report) : Resolution;

    public sealed record NotFound : Resolution;
}

/// <summary>
/// The one unit that writes discrepancy reports: a patient sends one (nothing of theirs but the call's date and
/// reference number goes in), staff resolve it. A send is not audited: an entry would have to name who sent it,
/// which is what the report leaves out; the report's own SentAt is its record. A resolution is audited.
/// </summary>
public sealed partial class DiscrepancyReports(CoverageDbContext db, AuditTrail audit, TimeProvider clock, ILogger<DiscrepancyReports> logger)
{
    /// <summary>Sends the report of <paramref name="discrepancy"/>; true when it is new, false when it was sent before.</summary>
    public async Task<bool> SendAsync(CallDiscrepancy discrepancy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(discrepancy);
        var (owner, c) = (discrepancy.Owner, discrepancy.Contradiction);
        // The unique index makes a second send of the same contradiction add nothing, even when both arrive at once.
        var added = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO discrepancy_reports ("OwnerKind", "PlanCode", "StateCode", "Field", "CallValue", "RuleValue",
                "RuleVersionId", "CallDate", "ReferenceNumber", "SentAt", "Status")
            VALUES ({owner.Kind.ToString()}, {owner.PlanCode}, {owner.StateCode}, {c.Field.ToString()}, {c.Call.Code}, {c.Rule.Code},
                {discrepancy.Rule.Id}, {discrepancy.CallDate}, {discrepancy.Call.ReferenceNumber}, {clock.GetUtcNow()}, {DiscrepancyStatus.Open.ToString()})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        Sent(logger, owner.Kind, c.Field, added == 1);
        return added == 1;
    }

    /// <summary>The reports already sent of any of <paramref name="discrepancies"/> (all of one call, or of one rule).</summary>
    public async Task<IReadOnlyList<DiscrepancyReport>> OfAsync(IReadOnlyList<CallDiscrepancy> discrepancies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(discrepancies);
        if (discrepancies.Count == 0)
        {
            return [];
        }

        var dates = discrepancies.Select(d => d.CallDate).Distinct().ToList();
        var rules = discrepancies.Select(d => d.Rule.Id).Distinct().ToList();
        var found = await db.DiscrepancyReports.AsNoTracking()
            .Where(r => dates.Contains(r.CallDate) && rules.Contains(r.RuleVersionId)).ToListAsync(cancellationToken);
        return [.. found.Where(r => discrepancies.Any(d => d.IsReportedBy(r)))];
    }

    public Task<int> OpenCountAsync(CancellationToken cancellationToken) =>
        db.DiscrepancyReports.CountAsync(r => r.Status == DiscrepancyStatus.Open, cancellationToken);

    /// <summary>Open reports, oldest first; then the most recently resolved ones.</summary>
    public async Task<(IReadOnlyList<DiscrepancyReport> Open, IReadOnlyList<DiscrepancyReport> Resolved)> ListAsync(
        int resolvedShown, CancellationToken cancellationToken)
    {
        var open = await db.DiscrepancyReports.AsNoTracking().Where(r => r.Status == DiscrepancyStatus.Open)
            .OrderBy(r => r.SentAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var resolved = await db.DiscrepancyReports.AsNoTracking().Where(r => r.Status == DiscrepancyStatus.Resolved)
            .OrderByDescending(r => r.ResolvedAt).ThenByDescending(r => r.Id).Take(resolvedShown).ToListAsync(cancellationToken);
        return (open, resolved);
    }

    public Task<DiscrepancyReport?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.DiscrepancyReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>
    /// Resolves the report as it was at row version <paramref name="version"/>; a report resolved since (or resolved
    /// by someone else at the same moment) is not overwritten: the caller shows what the other person decided.
    /// </summary>
    public async Task<Resolution> ResolveAsync(
        long id, uint version, DiscrepancyOutcome outcome, string? note, string actor, CancellationToken cancellationToken)
    {
        var report = await db.DiscrepancyReports.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return new Resolution.NotFound();
        }

        if (report.Status != DiscrepancyStatus.Open)
        {
            return new Resolution.AlreadyResolved(report);
        }

        db.Entry(report).Property(r => r.Version).OriginalValue = version;
        var before = Json(report);
        (report.Status, report.Outcome, report.ResolutionNote) = (DiscrepancyStatus.Resolved, outcome, note);
        (report.ResolvedBy, report.ResolvedAt) = (actor, clock.GetUtcNow());
        audit.Add(actor, AuditEntities.DiscrepancyReport, id.ToString(CultureInfo.InvariantCulture), AuditActions.Update, before, Json(report));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Stale(logger, id);
            return await FindAsync(id, cancellationToken) is { } current ? new Resolution.AlreadyResolved(current) : new Resolution.NotFound();
        }

        Resolved(logger, id, outcome);
        return new Resolution.Saved();
    }

    private static string Json(DiscrepancyReport r) => JsonSerializer.Serialize(new
    {
        status = r.Status.ToString(), outcome = r.Outcome?.ToString(), note = r.ResolutionNote,
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "Discrepancy report sent: {OwnerKind} {Field}, new {New}")]
    private static partial void Sent(ILogger logger, RuleOwnerKind ownerKind, Core.Coverage.Calls.CallField field, bool @new);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discrepancy report {Id} resolved: {Outcome}")]
    private static partial void Resolved(ILogger logger, long id, DiscrepancyOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discrepancy report {Id} resolve refused: changed since it was opened")]
    private static partial void Stale(ILogger logger, long id);
}
