using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.SelfPay;
using Microsoft.AspNetCore.Mvc;

namespace MassageCoverage.Web.Pages.Staff.Clinic;

/// <summary>
/// The clinic's details that every Good Faith Estimate names (45 CFR 149.610(c); docs/domain.md section 5b). A save over
/// a newer version is refused and the saved values are shown beside the form, which keeps what this person typed.
/// </summary>
public class IndexModel(ClinicSettingsStore clinic) : StaffPageModel
{
    [BindProperty] public ClinicForm Form { get; set; } = new();
    public FormErrors Errors { get; } = new();

    /// <summary>The values saved by someone else since this form was opened; set only on a refused save.</summary>
    public ClinicForm? Saved { get; private set; }

    /// <summary>Set after a save, shown once.</summary>
    [TempData] public bool JustSaved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await clinic.GetAsync(cancellationToken) is { } settings)
        {
            Form = ClinicForm.From(settings);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Form.Read(Errors) is not { } details)
        {
            return Page();
        }

        switch (await clinic.SaveAsync(User.Id(), Form.Version, details, cancellationToken))
        {
            case ClinicSave.Stale { Current: var current }:
                Saved = ClinicForm.From(current);
                Form.Version = current.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                JustSaved = true;
                return Redirect("/staff/clinic");
        }
    }
}
