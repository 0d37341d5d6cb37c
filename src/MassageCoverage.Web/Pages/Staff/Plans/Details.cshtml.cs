using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Staff.Plans;

/// <summary>A plan with every rule version, oldest first, and links to add, edit and compare versions.</summary>
public class DetailsModel(CoverageDbContext db, TimeProvider clock) : StaffPageModel
{
    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<RuleVersion> Versions { get; private set; } = [];
    public RuleVersion? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Insurer).Include(p => p.Rules)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        Versions = [.. plan.Rules.OrderBy(r => r.EffectiveFrom)];
        Current = RuleVersionsOf.Current(Versions, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Page();
    }
}
