using MassageCoverage.Core.SelfPay;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.SelfPay;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Coverage;

/// <summary>
/// The Good Faith Estimate of a self-pay patient [45 CFR 149.610; docs/domain.md section 5b]: a form, pre-filled from a
/// check's answer, whose post shows the estimate from the clinic's price list and details, ready to print. Nothing of it
/// is kept: the name and date of birth travel only in the post's body and the page it answers, which no cache stores.
/// </summary>
public class EstimateModel(PriceListStore prices, ClinicSettingsStore clinic, ClinicClock clock) : PageModel
{
    [BindProperty] public EstimateForm Form { get; set; } = new();
    public FormErrors Errors { get; } = new();

    /// <summary>Set once the form is valid: the page then shows the estimate instead of the form.</summary>
    public GoodFaithEstimate? Estimate { get; private set; }

    public ClinicSettings? Clinic { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Pre-fills the service from a check's answer: never a name or a date of birth.</summary>
    public void OnGet(string? service, string? minutes, string? diagnosis)
    {
        Form = new() { Service = service ?? Form.Service, Minutes = minutes, Diagnosis = diagnosis };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Today = clock.Today;
        if (Form.Read(Errors, Today) is not { } item)
        {
            return Page();
        }

        Estimate = GoodFaithEstimate.Build(await prices.PricesAsync(cancellationToken), [item]);
        Clinic = await clinic.GetAsync(cancellationToken);
        return Page();
    }
}
