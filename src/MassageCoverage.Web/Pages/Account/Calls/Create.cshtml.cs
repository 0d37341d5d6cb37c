using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account.Calls;

[Authorize(Roles = Roles.Patient)]
public class CreateModel(CoverageDbContext db, AuditTrail audit, PatientClock clock, CallAboutLoader about, ILogger<CreateModel> logger) : PageModel
{
    [BindProperty]
    public CallForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public CallAboutChoices About { get; private set; } = CallAboutChoices.None;

    /// <summary>A call script: the check result links here with its questions to ask, which pre-fill the form.</summary>
    public async Task OnGetAsync(string? questions, CancellationToken cancellationToken)
    {
        Form.CalledAt = IsoDate.FormatLocal(await clock.NowAsync(User.Id(), cancellationToken));
        Form.QuestionsAsked = questions is { Length: > CallForm.TextLimit } ? questions[..CallForm.TextLimit] : questions;
        Form.WithBlankRows();
        About = await about.LoadAsync(User.Id(), Form, cancellationToken);
    }

    /// <summary>The plan search without scripts: the same page with the matches listed and nothing typed lost.</summary>
    public async Task OnPostFindPlanAsync(CancellationToken cancellationToken)
    {
        Form.WithBlankRows();
        About = await about.LoadAsync(User.Id(), Form, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var owner = User.Id();
        var zone = await clock.ZoneAsync(owner, cancellationToken);
        var catalog = await about.CatalogAsync(cancellationToken);
        if (!Errors.AddAll(new CallForm.Validator(await clock.NowAsync(owner, cancellationToken), zone, catalog).Validate(Form)))
        {
            Form.WithBlankRows();
            About = await about.LoadAsync(owner, Form, cancellationToken);
            return Page();
        }

        var call = new InsurerCall { OwnerId = owner, Insurer = "", CreatedAt = clock.UtcNow, UpdatedAt = clock.UtcNow };
        await db.InsurerCalls.AddAsync(call, cancellationToken);
        Form.ApplyTo(call, zone, audit, owner, p =>
        {
            db.CallPromises.Add(p);
            return p.Id;
        });
        audit.Add(owner, AuditEntities.InsurerCall, call.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditActions.Create);
        await db.SaveChangesAsync(cancellationToken);
        RecordsLog.Changed(logger, AuditEntities.InsurerCall, call.Id, AuditActions.Create);
        return RedirectToPage("Index");
    }
}
