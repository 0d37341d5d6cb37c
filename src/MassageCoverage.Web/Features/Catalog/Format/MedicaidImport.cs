using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Core;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>Upserts the file's states' Medicaid criteria by state code and syncs their versions.</summary>
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
        var states = await db.MedicaidStatePrograms.Include(s => s.Rules)
            .Where(s => codes.Contains(s.StateCode)).ToDictionaryAsync(s => s.StateCode, StringComparer.Ordinal, cancellationToken);

        foreach (var document in documents)
        {
            var header = MedicaidMapping.NormalHeader(document);
            var code = header.State!;
            var changed = false;
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
                session.Audit(AuditEntities.MedicaidState, () => code, AuditActions.Create, null, CatalogJson.Snapshot(header));
                changed = true;
            }
            else
            {
                var before = CatalogJson.Snapshot(MedicaidMapping.Header(state));
                var after = CatalogJson.Snapshot(header);
                if (before != after)
                {
                    MedicaidMapping.Apply(header, state);
                    state.UpdatedBy = session.Actor;
                    state.UpdatedAt = session.Now;
                    session.Counts.StatesUpdated++;
                    session.Audit(AuditEntities.MedicaidState, () => code, AuditActions.Update, before, after);
                    changed = true;
                }
            }

            changed |= RuleVersionSync.Sync(session, $"medicaid:{code}", [.. state.Rules], document.AllRules(), () => new RuleVersion
            {
                OwnerKind = RuleOwnerKind.Medicaid, StateCode = code, UpdatedBy = session.Actor, UpdatedAt = session.Now,
            });

            if (changed)
            {
                session.Counts.StateCodes.Add(code);
            }
        }
    }
}
