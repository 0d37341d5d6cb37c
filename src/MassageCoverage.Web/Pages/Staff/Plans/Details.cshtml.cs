using MassageCoverage.Web.Features.Records;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.AspNetCore.Mvc;

namespace MassageCoverage.Web.Pages.Staff.Plans;

/// <summary>A plan with every rule version, oldest first, and links to add, edit and compare versions.</summary>
public class DetailsModel(RuleOwners owners, ClinicClock clock) : StaffPageModel
{
    public Data.Entities.Plan Plan { get; private set; } = null!;
    public RuleVersionList Versions { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await owners.PlanAsync(code, cancellationToken) is not { } owner)
        {
            return NotFound();
        }

        Plan = owner.Plan;
        Versions = RuleVersionList.Of(owner, clock.Today);
        return Page();
    }
}
