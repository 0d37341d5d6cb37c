using System.Text;
using System.Text.Json;
using MassageCoverage.Core;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Audit;

/// <summary>The audit log's filters, bound from the query string by both the page and its CSV export.</summary>
public sealed class AuditFilter
{
    public string? EntityType { get; set; }

    /// <summary>An actor's user id or email address.</summary>
    public string? Actor { get; set; }

    /// <summary>Whose: a plan code or a state's two-letter code; its own entries, its rules' and the imports that changed it.</summary>
    public string? Owner { get; set; }

    /// <summary>First and last day included, in UTC.</summary>
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

public static class AuditQuery
{
    public const int PageSize = 50;

    public static async Task<IQueryable<AuditEntry>> ApplyAsync(CoverageDbContext db, AuditFilter filter, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(a => a.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            var normalized = actor.ToUpperInvariant();
            var id = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
            query = query.Where(a => a.Actor == actor || a.Actor == id);
        }

        if (!string.IsNullOrWhiteSpace(filter.Owner))
        {
            query = OwnedBy(query, filter.Owner.Trim());
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.At < end);
        }

        return query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
    }

    /// <summary>
    /// A plan's or a state's entries: its own, its rule versions' (found by the owner their snapshots name, so versions
    /// deleted since still count) and the imports whose summary lists it. A two-letter state code is also read as a
    /// state; the GIN indexes on Before and After serve the containment tests.
    /// </summary>
    private static IQueryable<AuditEntry> OwnedBy(IQueryable<AuditEntry> query, string owner)
    {
        var plan = JsonSerializer.Serialize(new { owner = AuditReader.PlanPrefix + owner });
        var importedPlan = JsonSerializer.Serialize(new { plans = new[] { owner } });
        var stateCode = UsStates.Find(owner)?.Code ?? "";
        var state = JsonSerializer.Serialize(new { owner = AuditReader.StatePrefix + stateCode });
        var importedState = JsonSerializer.Serialize(new { states = new[] { stateCode } });
        return query.Where(a => (a.EntityType == AuditEntities.Plan && a.EntityId == owner)
            || (a.EntityType == AuditEntities.MedicaidState && a.EntityId == stateCode)
            || (a.EntityType == AuditEntities.Rule && ((a.After != null && (EF.Functions.JsonContains(a.After, plan) || EF.Functions.JsonContains(a.After, state)))
                || (a.Before != null && (EF.Functions.JsonContains(a.Before, plan) || EF.Functions.JsonContains(a.Before, state)))))
            || (a.EntityType == AuditEntities.CatalogImport && a.After != null
                && (EF.Functions.JsonContains(a.After, importedPlan) || EF.Functions.JsonContains(a.After, importedState))));
    }

    /// <summary>RFC 4180: a header row; a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    public static string ToCsv(IEnumerable<AuditLine> lines)
    {
        var csv = new StringBuilder("at,actor,type,owner,action,changes\r\n");
        foreach (var line in lines)
        {
            csv.AppendJoin(',', new[]
            {
                IsoDate.Instant(line.At), line.Actor, line.Kind, line.Owner, line.Action, string.Join("; ", line.Changes),
            }.Select(Escape)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
