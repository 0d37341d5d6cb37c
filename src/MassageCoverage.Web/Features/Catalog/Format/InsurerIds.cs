using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>The ids of insurers by name, creating in one statement those that do not exist yet.</summary>
internal static class InsurerIds
{
    public static async Task<IReadOnlyDictionary<string, long>> ResolveAsync(CoverageDbContext db, IEnumerable<string> names,
        CancellationToken cancellationToken)
    {
        var wanted = names.Distinct(StringComparer.Ordinal).ToList();
        var ids = await db.Insurers.AsNoTracking().Where(i => wanted.Contains(i.Name))
            .ToDictionaryAsync(i => i.Name, i => i.Id, StringComparer.Ordinal, cancellationToken);
        var missing = wanted.Where(n => !ids.ContainsKey(n)).ToArray();
        if (missing.Length == 0)
        {
            return ids;
        }

        await using var insert = new NpgsqlCommand(
            "INSERT INTO insurers (\"Name\") SELECT unnest(@names) RETURNING \"Name\", \"Id\"", ImportSql.Connection(db));
        insert.Parameters.Add(new("names", missing));
        await using var created = await insert.ExecuteReaderAsync(cancellationToken);
        while (await created.ReadAsync(cancellationToken))
        {
            ids.Add(created.GetString(0), created.GetInt64(1));
        }

        return ids;
    }
}
