using System.Globalization;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Coverage;
using MassageCoverage.Web.Features.Import;
using MassageCoverage.Web.Features.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MassageCoverage.Web.Pages.Staff.Plans;

/// <summary>
/// Adds a rule version (no id in the route) or corrects one. A new version is new dates: the open-ended version before
/// it is closed the day before, never overwritten. "Try it" evaluates the unsaved rule and saves nothing.
/// </summary>
public class RuleEditModel(CoverageDbContext db, AuditTrail audit, CatalogProvider catalog, TimeProvider clock) : StaffPageModel
{
    [BindProperty] public RuleForm Form { get; set; } = new();
    [BindProperty] public SampleForm Sample { get; set; } = new();
    public FormErrors Errors { get; } = new();
    public Plan Plan { get; private set; } = null!;
    public CoverageDecision? Tried { get; private set; }
    /// <summary>The other person's saved values beside this person's; set only on a refused save.</summary>
    public IReadOnlyList<FieldComparison>? Conflict { get; private set; }
    [FromRoute(Name = "id")] public long? RuleId { get; set; }
    public bool IsNew => RuleId is null;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        var row = Row();
        if (!IsNew && row is null)
        {
            return NotFound();
        }

        var source = row ?? RuleVersionsOf.Current(Plan.Rules, Today());
        Form = source is null ? new RuleForm { Covered = true } : RuleForm.From(source);
        if (IsNew)
        {
            // A new version starts on new dates; everything else starts as the current version reads.
            Form.EffectiveFrom = null;
            Form.EffectiveTo = null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTryAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        if (Form.TryRead(Errors, out var unsaved))
        {
            Tried = Sample.Evaluate(Plan, unsaved, Today());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        var row = Row();
        if (!IsNew && row is null)
        {
            return NotFound();
        }

        if (!Form.TryRead(Errors, out var values))
        {
            return Page();
        }

        var others = Plan.Rules.Where(r => r != row).ToList();
        var closes = IsNew ? VersionDates.OpenVersionBefore(others, values.EffectiveFrom) : null;
        if (VersionDates.Clash(others, values, closes) is { } clash)
        {
            Errors.Add("EffectiveFrom", VersionDates.OverlapMessage(clash));
            return Page();
        }

        var actor = User.Id();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (closes is not null)
        {
            // Closed first, in its own save: the exclusion constraint checks every row as it is written.
            var closedBefore = Snapshot(closes);
            closes.EffectiveTo = values.EffectiveFrom.AddDays(-1);
            Touch(closes, actor);
            audit.Add(actor, AuditNames.Rule, Id(closes), AuditNames.Updated, closedBefore, Snapshot(closes));
            await db.SaveChangesAsync(cancellationToken);
        }

        var before = row is null ? null : Snapshot(row);
        row ??= db.Rules.Add(new RuleVersion { OwnerKind = RuleOwnerKind.Plan, PlanId = Plan.Id, UpdatedBy = actor }).Entity;
        if (!IsNew)
        {
            db.Entry(row).Property(r => r.Version).OriginalValue = Form.Version;
        }

        RuleMapping.Apply(RuleMapping.ToDocument(values), row);
        Touch(row, actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(actor, AuditNames.Rule, Id(row), before is null ? AuditNames.Created : AuditNames.Updated, before, Snapshot(row));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var current = await db.Rules.AsNoTracking().SingleAsync(r => r.Id == RuleId, cancellationToken);
            Conflict = RuleComparison.Compare(current, values);
            // Saving again from here is a deliberate choice made with the other values in view.
            Form.Version = current.Version;
            return Page();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            // Someone added an overlapping version between the check above and this save.
            await transaction.RollbackAsync(cancellationToken);
            Errors.Add("EffectiveFrom", "Effective from overlaps another version of this plan: versions of one plan must not share a day.");
            return Page();
        }

        await catalog.RefreshAsync(cancellationToken);
        return Redirect($"/staff/plans/{Plan.Code}");
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Insurer).Include(p => p.Rules).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        Plan = plan!;
        return plan is not null;
    }

    private RuleVersion? Row() => RuleId is { } id ? Plan.Rules.SingleOrDefault(r => r.Id == id) : null;

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private void Touch(RuleVersion rule, string actor)
    {
        rule.UpdatedBy = actor;
        rule.UpdatedAt = clock.GetUtcNow();
    }

    private string Snapshot(RuleVersion rule) => CatalogJson.Snapshot(new { owner = Plan.Code, rule = RuleMapping.ToDocument(rule) });

    private static string Id(RuleVersion rule) => rule.Id.ToString(CultureInfo.InvariantCulture);
}
