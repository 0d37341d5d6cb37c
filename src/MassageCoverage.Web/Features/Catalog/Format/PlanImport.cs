using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>Upserts the file's plans by code (their insurer found or created by name) and syncs their versions.</summary>
internal static class PlanImport
{
    public static async Task RunAsync(ImportSession session, IReadOnlyList<PlanDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        var db = session.Db;
        var codes = documents.Select(d => d.Code!).ToList();
        var plans = await db.Plans.Include(p => p.Insurer).Include(p => p.Rules).AsSplitQuery()
            .Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var names = documents.Select(d => d.Insurer!.Trim()).Distinct().ToList();
        var insurers = await db.Insurers.Where(i => names.Contains(i.Name))
            .ToDictionaryAsync(i => i.Name, StringComparer.Ordinal, cancellationToken);

        Insurer InsurerNamed(string name)
        {
            if (!insurers.TryGetValue(name, out var insurer))
            {
                insurer = new Insurer { Name = name };
                insurers[name] = insurer;
                db.Insurers.Add(insurer);
            }

            return insurer;
        }

        foreach (var document in documents)
        {
            var header = PlanMapping.NormalHeader(document);
            var code = header.Code!;
            var changed = true;
            if (!plans.TryGetValue(code, out var plan))
            {
                plan = new Plan
                {
                    Code = code, Name = header.Name!, Insurer = InsurerNamed(header.Insurer!),
                    UpdatedBy = session.Actor, UpdatedAt = session.Now,
                };
                PlanMapping.Apply(header, plan);
                db.Plans.Add(plan);
                session.Counts.PlansCreated++;
                session.Audit(AuditEntities.Plan, () => code, AuditActions.Create, null, CatalogJson.Snapshot(header));
            }
            else
            {
                var before = CatalogJson.Snapshot(PlanMapping.Header(plan));
                var after = CatalogJson.Snapshot(header);
                changed = before != after;
                if (changed)
                {
                    plan.Insurer = InsurerNamed(header.Insurer!);
                    PlanMapping.Apply(header, plan);
                    plan.UpdatedBy = session.Actor;
                    plan.UpdatedAt = session.Now;
                    session.Counts.PlansUpdated++;
                    session.Audit(AuditEntities.Plan, () => code, AuditActions.Update, before, after);
                }
            }

            var owner = plan;
            changed |= RuleVersionSync.Sync(session, $"plan:{code}", [.. plan.Rules], document.Rules ?? [], () => new RuleVersion
            {
                OwnerKind = RuleOwnerKind.Plan, Plan = owner, UpdatedBy = session.Actor, UpdatedAt = session.Now,
            });

            if (changed)
            {
                session.Counts.PlanCodes.Add(code);
            }
        }
    }
}
