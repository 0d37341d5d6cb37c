using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.SelfPay;
using Microsoft.AspNetCore.Mvc;

namespace MassageCoverage.Web.Pages.Staff.Prices;

/// <summary>
/// Edits a price. A save over a newer row version is refused and the saved values are shown beside the form, which
/// keeps what this person typed; saving again from there replaces them on purpose.
/// </summary>
public class EditModel(PriceListStore prices) : StaffPageModel
{
    [BindProperty] public PriceForm Form { get; set; } = new();
    public FormErrors Errors { get; } = new();

    /// <summary>The values saved by someone else since this form was opened; set only on a refused save.</summary>
    public PriceForm? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await prices.FindAsync(id, cancellationToken) is not { } price)
        {
            return NotFound();
        }

        Form = PriceForm.From(price);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (Form.Read(Errors) is not { } input)
        {
            return Page();
        }

        switch (await prices.UpdateAsync(User.Id(), id, Form.Version, input, cancellationToken))
        {
            case PriceSave.Saved:
                return Redirect("/staff/prices");
            case PriceSave.Taken:
                Errors.Add("Minutes", PriceMessages.Taken(input));
                break;
            case PriceSave.Stale { Current: var current }:
                Saved = PriceForm.From(current);
                Form.Version = current.Version;
                break;
            default:
                Errors.Add("CptCode", PriceMessages.Gone);
                break;
        }

        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
