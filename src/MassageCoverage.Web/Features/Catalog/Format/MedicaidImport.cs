using MassageCoverage.Core;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// Upserts the file's states' Medicaid criteria by state code and syncs their versions. There are at most 51
/// states, so their own rows go through the unit of work; their versions are written in bulk with the plans'.
/// </summary>
internal static class MedicaidImport
{
    public static async Task RunAsync(ImportSession session, IReadOnlyList<MedicaidDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        var db = session.Db;
        var codes = documents.Select(d => UsStates.Find(d.State)!.Code).ToList();
        var states = await db.MedicaidStatePrograms
            .Where(s => codes.Contains(s.StateCode)).ToDictionaryAsync(s => s.StateCode, StringComparer.Ordinal, cancellationToken);
        var rules = (await db.Rules.AsNoTracking().Where(r => r.OwnerKind == RuleOwnerKind.Medicaid && codes.Contains(r.StateCode!))
            .ToListAsync(cancellationToken)).ToLookup(r => r.StateCode!, StringComparer.Ordinal);

        foreach (var document in documents)
        {
            var header = MedicaidMapping.NormalHeader(document);
            var code = header.State!;
            var before = session.Changes is not null && states.TryGetValue(code, out var known) ? MedicaidMapping.Header(known) : null;
            if (!states.TryGetValue(code, out var state))
            {
                // Every jurisdiction is seeded by migrate; this covers a database that was migrated but never seeded.
                state = new MedicaidStateProgram
                {
                    StateCode = code, StateName = UsStates.Find(code)!.Name, UpdatedBy = session.Actor, UpdatedAt = session.Now,
                };
                MedicaidMapping.Apply(header, state);
                db.MedicaidStatePrograms.Add(state);
                session.Counts.StatesCreated++;
                session.Counts.StateCodes.Add(code);
            }
            else if (CatalogJson.Snapshot(MedicaidMapping.Header(state)) != CatalogJson.Snapshot(header))
            {
                MedicaidMapping.Apply(header, state);
                state.UpdatedBy = session.Actor;
                state.UpdatedAt = session.Now;
                session.Counts.StatesUpdated++;
                session.Counts.StateCodes.Add(code);
            }

            var versions = session.Changes is null ? null : new List<ImportVersionChange>();
            if (RuleVersionSync.Sync(session, [.. rules[code]], document.AllRules(), () => new RuleVersion
                {
                    OwnerKind = RuleOwnerKind.Medicaid, StateCode = code, UpdatedBy = session.Actor,
                }, versions))
            {
                session.Counts.StateCodes.Add(code);
            }

            session.Changes?.Add(isState: true, code, $"{state.StateName} Medicaid", before, header, versions!);
        }

        // A new state must exist before the versions that name it are copied in.
        await db.SaveChangesAsync(cancellationToken);
    }
}
