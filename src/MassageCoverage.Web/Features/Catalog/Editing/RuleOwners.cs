using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>Loads a plan or a state with every rule version, tracked, as the shared rule editor needs it.</summary>
public sealed class RuleOwners(CoverageDbContext db)
{
    public async Task<PlanRuleOwner?> PlanAsync(string code, CancellationToken cancellationToken) =>
        await db.Plans.Include(p => p.Insurer).Include(p => p.Rules).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Code == code, cancellationToken) is { } plan ? new PlanRuleOwner(plan) : null;

    public async Task<StateRuleOwner?> StateAsync(string code, CancellationToken cancellationToken)
    {
        var normal = code.ToUpperInvariant();
        return await db.MedicaidStatePrograms.Include(s => s.Rules)
            .SingleOrDefaultAsync(s => s.StateCode == normal, cancellationToken) is { } state ? new StateRuleOwner(state) : null;
    }
}
