using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.SelfPay;
using Microsoft.AspNetCore.Mvc;

namespace MassageCoverage.Web.Pages.Staff.Prices;

/// <summary>
/// Deletes a price after a confirmation. The confirmation carries the version it showed: a price changed since is not
/// deleted, and its new values are shown to confirm again.
/// </summary>
public class DeleteModel(PriceListStore prices) : StaffPageModel
{
    public ClinicPrice Price { get; private set; } = null!;

    [BindProperty] public uint Version { get; set; }

    /// <summary>Set when the price changed between showing it and confirming.</summary>
    public bool Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await prices.FindAsync(id, cancellationToken) is not { } price)
        {
            return NotFound();
        }

        (Price, Version) = (price, price.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        switch (await prices.DeleteAsync(User.Id(), id, Version, cancellationToken))
        {
            case PriceSave.Stale { Current: var current }:
                (Price, Version, Changed) = (current, current.Version, true);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case PriceSave.Gone:
                return NotFound();
            default:
                return Redirect("/staff/prices");
        }
    }
}
