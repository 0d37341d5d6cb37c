using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Records;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Catalog.Format;
using MassageCoverage.Web.Features.Consoles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Staff.Plans;

/// <summary>
/// Creates a plan (no code in the route) or edits one. A save over a newer row version is refused and the saved values
/// are shown beside the form, which keeps what this person typed.
/// </summary>
public class EditModel(CoverageDbContext db, CatalogWriter writer, ClinicClock clock) : StaffPageModel
{
    [BindProperty] public PlanForm Form { get; set; } = new();
    public FormErrors Errors { get; } = new();
    public PlanForm? Saved { get; private set; }
    public bool IsNew => RouteCode is null;

    [FromRoute(Name = "code")] public string? RouteCode { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsNew)
        {
            return Page();
        }

        var plan = await FindAsync(cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Form = PlanForm.From(plan);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var plan = IsNew ? null : await FindAsync(cancellationToken);
        if (!IsNew && plan is null)
        {
            return NotFound();
        }

        if (!IsNew)
        {
            Form.Code = plan!.Code;
        }

        if (!Form.Validate(Errors, clock.Today))
        {
            return Page();
        }

        if (IsNew && await db.Plans.AnyAsync(p => p.Code == Form.Code!.Trim(), cancellationToken))
        {
            Errors.Add("Code", "Code is already used by another plan: choose another.");
            return Page();
        }

        var actor = User.Id();
        var was = plan is null ? null : PlanForm.From(plan);
        var written = await writer.WriteAsync(async (change, ct) =>
        {
            var before = plan is null ? null : CatalogJson.Snapshot(PlanMapping.Header(plan));
            var saving = plan ?? db.Plans.Add(new Plan { Code = Form.Code!.Trim(), Name = "", UpdatedBy = "" }).Entity;
            if (!IsNew)
            {
                db.Entry(saving).Property(p => p.Version).OriginalValue = Form.Version;
            }

            Form.ApplyTo(saving);
            saving.Insurer = await db.Insurers.SingleOrDefaultAsync(i => i.Name == Form.NormalInsurer(), ct)
                ?? new Insurer { Name = Form.NormalInsurer() };
            saving.UpdatedBy = actor;
            saving.UpdatedAt = clock.UtcNow;
            change.Audit(actor, AuditEntities.Plan, saving.Code, before is null ? AuditActions.Create : AuditActions.Update,
                before, CatalogJson.Snapshot(PlanMapping.Header(saving)));
            return CatalogWrite.Save(saving.Code);
        }, CatalogWriteMode.Commit, cancellationToken);
        switch (written)
        {
            case CatalogWrite<string>.Saved { Value: var code }:
                TempData[SavedText.Key] = SavedText.Of($"Plan {code}", was?.Compare(Form));
                return Redirect($"/staff/plans/{code}");
            case CatalogWrite<string>.Clash { What: var clash }:
            {
                // Another plan with this code, or a new insurer of this name, was saved between the check above and this save.
                var insurer = clash.Constraint?.Contains("insurers", StringComparison.Ordinal) == true;
                Errors.Add(insurer ? "Insurer" : "Code", insurer
                    ? "Insurer was added by someone else a moment ago: save again to use it."
                    : "Code is already used by another plan: choose another.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            default:
            {
                var current = await FindAsync(cancellationToken);
                if (current is null)
                {
                    return NotFound();
                }

                Saved = PlanForm.From(current);
                // Saving again from here is a deliberate choice made with the other values in view.
                Form.Version = current.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }
        }
    }

    private Task<Plan?> FindAsync(CancellationToken cancellationToken) =>
        db.Plans.Include(p => p.Insurer).SingleOrDefaultAsync(p => p.Code == RouteCode, cancellationToken);
}
