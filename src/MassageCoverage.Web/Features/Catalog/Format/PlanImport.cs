using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// Upserts the file's plans by code (their insurer found or created by name) and syncs their versions. The plans
/// are read untracked and written in bulk: new ones by one COPY, changed ones by one COPY and one UPDATE.
/// </summary>
internal static class PlanImport
{
    private const string Columns = "\"InsurerId\", \"Name\", \"PlanType\", \"States\", \"NetworkType\", \"UpdatedBy\", \"UpdatedAt\"";

    public static async Task RunAsync(ImportSession session, IReadOnlyList<PlanDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        var db = session.Db;
        var codes = documents.Select(d => d.Code!).ToList();
        var plans = await db.Plans.AsNoTracking().Include(p => p.Insurer).Where(p => codes.Contains(p.Code))
            .ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);

        var headers = new PlanDocument[documents.Count];
        var created = new List<PlanDocument>();
        var updated = new List<(long Id, PlanDocument Header)>();
        for (var i = 0; i < documents.Count; i++)
        {
            var header = headers[i] = PlanMapping.NormalHeader(documents[i]);
            if (!plans.TryGetValue(header.Code!, out var plan))
            {
                created.Add(header);
                session.Counts.PlansCreated++;
                session.Counts.PlanCodes.Add(header.Code!);
            }
            else if (CatalogJson.Snapshot(PlanMapping.Header(plan)) != CatalogJson.Snapshot(header))
            {
                updated.Add((plan.Id, header));
                session.Counts.PlansUpdated++;
                session.Counts.PlanCodes.Add(header.Code!);
            }
        }

        var insurers = await InsurerIds.ResolveAsync(db,
            created.Concat(updated.Select(u => u.Header)).Select(h => h.Insurer!), cancellationToken);
        await InsertAsync(session, created, insurers, cancellationToken);
        await UpdateAsync(session, updated, insurers, cancellationToken);

        var ids = plans.ToDictionary(p => p.Key, p => p.Value.Id, StringComparer.Ordinal);
        if (created.Count > 0)
        {
            var createdCodes = created.Select(h => h.Code!).ToList();
            foreach (var plan in await db.Plans.AsNoTracking().Where(p => createdCodes.Contains(p.Code))
                .Select(p => new { p.Code, p.Id }).ToListAsync(cancellationToken))
            {
                ids.Add(plan.Code, plan.Id);
            }
        }

        var existingIds = plans.Values.Select(p => (long?)p.Id).ToList();
        var rules = (await db.Rules.AsNoTracking().Where(r => existingIds.Contains(r.PlanId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.PlanId!.Value);
        for (var i = 0; i < documents.Count; i++)
        {
            var code = headers[i].Code!;
            var id = ids[code];
            var versions = session.Changes is null ? null : new List<ImportVersionChange>();
            if (RuleVersionSync.Sync(session, [.. rules[id]], documents[i].Rules ?? [], () => new RuleVersion
                {
                    OwnerKind = RuleOwnerKind.Plan, PlanId = id, UpdatedBy = session.Actor,
                }, versions))
            {
                session.Counts.PlanCodes.Add(code);
            }

            session.Changes?.Add(isState: false, code, headers[i].Name!,
                plans.TryGetValue(code, out var stored) ? PlanMapping.Header(stored) : null, headers[i], versions!);
        }
    }

    private static Task InsertAsync(ImportSession session, List<PlanDocument> created, IReadOnlyDictionary<string, long> insurers,
        CancellationToken cancellationToken) =>
        ImportSql.CopyAsync(session.Db, $"COPY plans (\"Code\", {Columns}) FROM STDIN (FORMAT BINARY)", created,
            async (copy, header, ct) =>
            {
                await copy.WriteAsync(header.Code!, NpgsqlDbType.Varchar, ct);
                await WriteFieldsAsync(copy, session, header, insurers, ct);
            }, cancellationToken);

    /// <summary>Through a temporary table: one COPY of the new values, then one UPDATE joined to it.</summary>
    private static async Task UpdateAsync(ImportSession session, List<(long Id, PlanDocument Header)> updated,
        IReadOnlyDictionary<string, long> insurers, CancellationToken cancellationToken)
    {
        if (updated.Count == 0)
        {
            return;
        }

        var db = session.Db;
        await ImportSql.ExecuteAsync(db, """
            DROP TABLE IF EXISTS import_plans;
            CREATE TEMPORARY TABLE import_plans ("Id" bigint PRIMARY KEY, "InsurerId" bigint, "Name" text, "PlanType" text,
                "States" text[], "NetworkType" text, "UpdatedBy" text, "UpdatedAt" timestamp with time zone) ON COMMIT DROP;
            """, cancellationToken);
        await ImportSql.CopyAsync(db, $"COPY import_plans (\"Id\", {Columns}) FROM STDIN (FORMAT BINARY)", updated,
            async (copy, plan, ct) =>
            {
                await copy.WriteAsync(plan.Id, NpgsqlDbType.Bigint, ct);
                await WriteFieldsAsync(copy, session, plan.Header, insurers, ct);
            }, cancellationToken);
        await ImportSql.ExecuteAsync(db, """
            UPDATE plans p SET "InsurerId" = t."InsurerId", "Name" = t."Name", "PlanType" = t."PlanType",
                "States" = t."States", "NetworkType" = t."NetworkType", "UpdatedBy" = t."UpdatedBy", "UpdatedAt" = t."UpdatedAt"
            FROM import_plans t WHERE p."Id" = t."Id"
            """, cancellationToken);
    }

    /// <summary>The plan's own fields as <see cref="PlanMapping.Apply"/> would set them, in <see cref="Columns"/> order.</summary>
    private static async Task WriteFieldsAsync(Npgsql.NpgsqlBinaryImporter copy, ImportSession session, PlanDocument header,
        IReadOnlyDictionary<string, long> insurers, CancellationToken ct)
    {
        var plan = new Plan { Code = header.Code!, Name = "", UpdatedBy = session.Actor, UpdatedAt = session.Now };
        PlanMapping.Apply(header, plan);
        await copy.WriteAsync(insurers[header.Insurer!], NpgsqlDbType.Bigint, ct);
        await copy.WriteAsync(plan.Name, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(plan.PlanType.ToString(), NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(plan.States.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        await copy.WriteAsync(plan.NetworkType.ToString(), NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(plan.UpdatedBy, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(plan.UpdatedAt.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
    }
}
