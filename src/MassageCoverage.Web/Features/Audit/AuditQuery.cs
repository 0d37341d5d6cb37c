using System.Text;
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

    /// <summary>RFC 4180: a header row; a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    public static string ToCsv(IEnumerable<AuditEntry> entries)
    {
        var csv = new StringBuilder("at,actor,entity_type,entity_id,action,before,after\r\n");
        foreach (var e in entries)
        {
            csv.AppendJoin(',', new[]
            {
                IsoDate.Instant(e.At),
                e.Actor, e.EntityType, e.EntityId, e.Action, e.Before ?? "", e.After ?? "",
            }.Select(Escape)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
