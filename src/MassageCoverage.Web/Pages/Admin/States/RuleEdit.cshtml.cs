using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MassageCoverage.Web.Pages.Admin.States;

/// <summary>A state's Medicaid rule versions in the same rule editor staff use for plans.</summary>
[Authorize(Roles = Roles.Admin)]
public class RuleEditModel(RuleOwners owners, RuleVersionStore store) : RuleEditorPageModel(store)
{
    [FromRoute] public string State { get; set; } = "";

    protected override async Task<RuleOwner?> LoadOwnerAsync(CancellationToken cancellationToken) =>
        await owners.StateAsync(State, cancellationToken);
}
