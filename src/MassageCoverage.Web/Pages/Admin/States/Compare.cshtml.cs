using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MassageCoverage.Web.Pages.Admin.States;

[Authorize(Roles = Roles.Admin)]
public class CompareModel(RuleOwners owners) : RuleComparePageModel
{
    [FromRoute] public string State { get; set; } = "";

    protected override async Task<RuleOwner?> LoadOwnerAsync(CancellationToken cancellationToken) =>
        await owners.StateAsync(State, cancellationToken);
}
