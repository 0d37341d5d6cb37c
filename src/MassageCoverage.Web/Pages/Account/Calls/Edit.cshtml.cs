using System.Globalization;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Calls;

/// <summary>Edits one of the patient's own calls; a save over a newer row version is refused, as for referrals.</summary>
[Authorize(Roles = Roles.Patient)]
public class EditModel(CoverageDbContext db, AuditTrail audit, PatientClock clock, CallAboutLoader about, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public CallForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public CallForm? Saved { get; private set; }

    public CallAboutChoices About { get; private set; } = CallAboutChoices.None;

    /// <summary>For a call at a time that happened twice, which of the two its record holds.</summary>
    public string? Twice { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }

        var zone = await clock.ZoneAsync(User.Id(), cancellationToken);
        Form = CallForm.From(call, zone);
        Twice = LocalTime.Twice(call.CalledAt, zone)?.Explain(zone);
        About = await about.LoadAsync(User.Id(), Form, cancellationToken);
        return Page();
    }

    /// <summary>The plan search without scripts: the same page with the matches listed and nothing typed lost.</summary>
    public async Task<IActionResult> OnPostFindPlanAsync(long id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } call)
        {
            return NotFound();
        }

        var zone = await clock.ZoneAsync(User.Id(), cancellationToken);
        Twice = LocalTime.Twice(call.CalledAt, zone)?.Explain(zone);
        Form.WithBlankRows();
        About = await about.LoadAsync(User.Id(), Form, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var owner = User.Id();
        var call = await FindAsync(id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }

        var zone = await clock.ZoneAsync(owner, cancellationToken);
        var catalog = await about.CatalogAsync(cancellationToken);
        if (!Errors.AddAll(new CallForm.Validator(await clock.NowAsync(owner, cancellationToken), zone, catalog).Validate(Form)))
        {
            Form.WithBlankRows();
            About = await about.LoadAsync(owner, Form, cancellationToken);
            return Page();
        }

        db.Entry(call).Property(c => c.Version).OriginalValue = Form.Version;
        Form.ApplyTo(call, zone, audit, owner, p =>
        {
            db.CallPromises.Add(p);
            return p.Id;
        });
        call.UpdatedAt = clock.UtcNow;
        // Marks the call itself modified even when only its promises changed, so the row-version check always runs.
        db.Entry(call).Property(c => c.UpdatedAt).IsModified = true;
        audit.Add(owner, AuditEntities.InsurerCall, id.ToString(CultureInfo.InvariantCulture), AuditActions.Update);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            RecordsLog.Stale(logger, AuditEntities.InsurerCall, id);
            db.ChangeTracker.Clear();
            var current = await FindAsync(id, cancellationToken);
            if (current is null)
            {
                return NotFound();
            }

            Saved = CallForm.From(current, zone);
            Form.Version = current.Version;
            Form.WithBlankRows();
            About = await about.LoadAsync(owner, Form, cancellationToken);
            return Page();
        }

        RecordsLog.Changed(logger, AuditEntities.InsurerCall, id, AuditActions.Update);
        return RedirectToPage("Index");
    }

    private Task<InsurerCall?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.InsurerCalls.Include(c => c.Promises).SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == User.Id(), cancellationToken);
}
