using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MassageCoverage.Web.Pages.Staff.Plans;

[Authorize(Roles = Roles.Staff + "," + Roles.Admin)]
public class CompareModel(RuleOwners owners) : RuleComparePageModel
{
    [FromRoute] public string Code { get; set; } = "";

    protected override async Task<RuleOwner?> LoadOwnerAsync(CancellationToken cancellationToken) =>
        await owners.PlanAsync(Code, cancellationToken);
}
