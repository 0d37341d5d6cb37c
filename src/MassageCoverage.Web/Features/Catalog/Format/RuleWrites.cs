using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using NpgsqlTypes;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// Every rule version an import deletes, changes or adds, written in four statements. The exclusion constraint checks
/// every row as it is written, so the order matters: deletes, then updates that keep or shorten a range (the old
/// ranges did not overlap, so these can never collide), then updates that lengthen a range and inserts, when every
/// range they could have met is already final. A start never moves (it is the match key), so a range only grows or
/// shrinks at its end, which makes this order enough.
/// </summary>
internal sealed class RuleWrites
{
    private const string Columns = "\"Terms\", \"EffectiveFrom\", \"EffectiveTo\", \"UpdatedBy\", \"UpdatedAt\"";

    private readonly List<long> _deletes = [];
    private readonly List<RuleVersion> _shrinks = [];
    private readonly List<RuleVersion> _grows = [];
    private readonly List<RuleVersion> _inserts = [];

    public void Delete(long id) => _deletes.Add(id);

    /// <param name="row">The version's id and its new dates, terms and audit fields.</param>
    public void Update(RuleVersion row, bool lengthens) => (lengthens ? _grows : _shrinks).Add(row);

    /// <param name="row">The new version with its owner (plan id or state code).</param>
    public void Insert(RuleVersion row) => _inserts.Add(row);

    public async Task WriteAsync(CoverageDbContext db, CancellationToken cancellationToken)
    {
        if (_deletes.Count > 0)
        {
            await ImportSql.ExecuteAsync(db, "DELETE FROM coverage_rules WHERE \"Id\" = ANY(@ids)", cancellationToken,
                new Npgsql.NpgsqlParameter("ids", _deletes.ToArray()));
        }

        await UpdateAsync(db, _shrinks, cancellationToken);
        await UpdateAsync(db, _grows, cancellationToken);
        await ImportSql.CopyAsync(db,
            $"COPY coverage_rules (\"OwnerKind\", \"PlanId\", \"StateCode\", {Columns}) FROM STDIN (FORMAT BINARY)",
            _inserts, async (copy, row, ct) =>
            {
                await copy.WriteAsync(row.OwnerKind.ToString(), NpgsqlDbType.Varchar, ct);
                await copy.WriteNullableAsync(row.PlanId, NpgsqlDbType.Bigint, ct);
                await (row.StateCode is { } state ? copy.WriteAsync(state, NpgsqlDbType.Char, ct) : copy.WriteNullAsync(ct));
                await WriteVersionAsync(copy, row, ct);
            }, cancellationToken);
    }

    /// <summary>Through a temporary table: one COPY of the new values, then one UPDATE joined to it.</summary>
    private static async Task UpdateAsync(CoverageDbContext db, List<RuleVersion> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await ImportSql.ExecuteAsync(db, """
            DROP TABLE IF EXISTS import_rules;
            CREATE TEMPORARY TABLE import_rules ("Id" bigint PRIMARY KEY, "Terms" jsonb, "EffectiveFrom" date,
                "EffectiveTo" date, "UpdatedBy" text, "UpdatedAt" timestamp with time zone) ON COMMIT DROP;
            """, cancellationToken);
        await ImportSql.CopyAsync(db, $"COPY import_rules (\"Id\", {Columns}) FROM STDIN (FORMAT BINARY)", rows,
            async (copy, row, ct) =>
            {
                await copy.WriteAsync(row.Id, NpgsqlDbType.Bigint, ct);
                await WriteVersionAsync(copy, row, ct);
            }, cancellationToken);
        await ImportSql.ExecuteAsync(db, """
            UPDATE coverage_rules r SET "Terms" = t."Terms", "EffectiveFrom" = t."EffectiveFrom",
                "EffectiveTo" = t."EffectiveTo", "UpdatedBy" = t."UpdatedBy", "UpdatedAt" = t."UpdatedAt"
            FROM import_rules t WHERE r."Id" = t."Id"
            """, cancellationToken);
    }

    private static async Task WriteVersionAsync(Npgsql.NpgsqlBinaryImporter copy, RuleVersion row, CancellationToken ct)
    {
        await copy.WriteAsync(RuleTermsJson.Write(row.Terms), NpgsqlDbType.Jsonb, ct);
        await copy.WriteAsync(row.EffectiveFrom, NpgsqlDbType.Date, ct);
        await copy.WriteNullableAsync(row.EffectiveTo, NpgsqlDbType.Date, ct);
        await copy.WriteAsync(row.UpdatedBy, NpgsqlDbType.Text, ct);
        await copy.WriteAsync(row.UpdatedAt.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
    }
}
