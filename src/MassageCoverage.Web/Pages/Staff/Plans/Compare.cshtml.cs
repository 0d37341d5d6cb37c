using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Staff.Plans;

/// <summary>Two versions of one plan's rule side by side, each differing field marked in words as well as style.</summary>
public class CompareModel(CoverageDbContext db) : StaffPageModel
{
    public Plan Plan { get; private set; } = null!;
    public RuleVersion A { get; private set; } = null!;
    public RuleVersion B { get; private set; } = null!;
    public IReadOnlyList<FieldComparison> Fields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, long a, long b, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Rules).SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (plan?.Rules.SingleOrDefault(r => r.Id == a) is not { } first || plan.Rules.SingleOrDefault(r => r.Id == b) is not { } second)
        {
            return NotFound();
        }

        (Plan, A, B) = (plan, first, second);
        Fields = RuleComparison.Compare(first, second);
        return Page();
    }
}
