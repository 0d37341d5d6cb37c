using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.SelfPay;
using Microsoft.AspNetCore.Mvc;

namespace MassageCoverage.Web.Pages.Staff.Prices;

/// <summary>Adds a price; a code and length that already have one are refused beside the field (edit that one instead).</summary>
public class NewModel(PriceListStore prices) : StaffPageModel
{
    [BindProperty] public PriceForm Form { get; set; } = new();
    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Form.Read(Errors) is not { } input)
        {
            return Page();
        }

        switch (await prices.AddAsync(User.Id(), input, cancellationToken))
        {
            case PriceSave.Saved:
                return Redirect("/staff/prices");
            default:
                Errors.Add("Minutes", PriceMessages.Taken(input));
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
    }
}
