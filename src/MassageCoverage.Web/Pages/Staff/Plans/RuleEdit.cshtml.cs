using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MassageCoverage.Web.Pages.Staff.Plans;

/// <summary>A plan's rule versions in the shared rule editor.</summary>
[Authorize(Roles = Roles.Staff + "," + Roles.Admin)]
public class RuleEditModel(RuleOwners owners, RuleVersionStore store) : RuleEditorPageModel(store)
{
    [FromRoute] public string Code { get; set; } = "";

    protected override async Task<RuleOwner?> LoadOwnerAsync(CancellationToken cancellationToken) =>
        await owners.PlanAsync(Code, cancellationToken);
}
