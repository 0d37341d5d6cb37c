using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>
/// Whose rule versions the shared editor edits: a plan, or a state's Medicaid program. Everything that differs
/// between the two lives here, so the editor, its dates, its audit and "Try it" are one code path.
/// </summary>
public abstract class RuleOwner
{
    /// <summary>The plan code or state code, as it appears in URLs.</summary>
    public abstract string Key { get; }

    /// <summary>The owner as the import names it in audit snapshots: <c>plan:acme-ppo-gold</c>, <c>medicaid:CO</c>.</summary>
    public abstract string AuditOwner { get; }

    public abstract string Name { get; }

    /// <summary>The page listing the versions; add, edit and compare live under it.</summary>
    public abstract string HomePath { get; }

    /// <summary>"plan" or "state": the word in "versions of one plan must not share a day".</summary>
    public abstract string Noun { get; }

    public abstract ICollection<RuleVersion> Rules { get; }

    /// <summary>Why no version may be added or changed now; null when versions may be.</summary>
    public virtual string? Closed => null;

    public abstract RuleVersion NewVersion(string actor);

    /// <summary>
    /// Called first in the save's change, under the catalog lock: locks what a concurrent change could invalidate
    /// beyond it, and says, as read under that lock, why a version with <paramref name="terms"/> may not be saved
    /// (null when it may).
    /// </summary>
    public virtual Task<RuleRefusal?> LockAsync(CoverageDbContext db, RuleTerms terms, CancellationToken cancellationToken) =>
        Task.FromResult<RuleRefusal?>(null);

    /// <summary>A one-owner catalog holding only <paramref name="rule"/>, and a request addressed to it.</summary>
    public abstract (CoverageCatalog Catalog, CoverageRequest Request) Sample(CoverageRule rule, CoverageRequest request);
}

public sealed class PlanRuleOwner(Plan plan) : RuleOwner
{
    public Plan Plan => plan;
    public override string Key => plan.Code;
    public override string AuditOwner => $"plan:{plan.Code}";
    public override string Name => plan.Name;
    public override string HomePath => $"/staff/plans/{plan.Code}";
    public override string Noun => "plan";
    public override ICollection<RuleVersion> Rules => plan.Rules;

    public override RuleVersion NewVersion(string actor) => new() { OwnerKind = RuleOwnerKind.Plan, PlanId = plan.Id, UpdatedBy = actor };

    public override (CoverageCatalog, CoverageRequest) Sample(CoverageRule rule, CoverageRequest request) =>
        (new CoverageCatalog([new PlanEntry(plan.Code, plan.Insurer?.Name ?? "", plan.Name, plan.PlanType, plan.States, plan.NetworkType, [rule])], [], null),
         request with { PlanType = plan.PlanType, PlanCode = plan.Code });
}

public sealed class StateRuleOwner(MedicaidStateProgram state) : RuleOwner
{
    public MedicaidStateProgram State => state;
    public override string Key => state.StateCode;
    public override string AuditOwner => $"medicaid:{state.StateCode}";
    public override string Name => $"{state.StateName} Medicaid";
    public override string HomePath => $"/admin/medicaid/{state.StateCode}";
    public override string Noun => "state";
    public override ICollection<RuleVersion> Rules => state.Rules;

    // The import refuses rules on an unknown state, and the engine ignores them: both must agree with the editor.
    public override string? Closed => state.CoverageForm == CoverageForm.Unknown ? ClosedMessage : null;

    private string ClosedMessage =>
        $"{state.StateName}'s coverage form is unknown, and an unknown state carries no rule: set its coverage form first.";

    /// <summary>
    /// The state's row, locked: a criteria save takes the same lock, so a version can never be added to a state that
    /// has just become unknown, nor escape the removal of its versions, nor be of another form than the one the
    /// criteria state as read under the lock (<see cref="CoverageForms.Of(RuleTerms)"/>): what the map says and what a
    /// check applies stay one truth.
    /// </summary>
    public override async Task<RuleRefusal?> LockAsync(CoverageDbContext db, RuleTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(terms);
        var form = await StateLock.FormAsync(db, state.StateCode, cancellationToken);
        if (form == CoverageForm.Unknown)
        {
            return new(ClosedMessage);
        }

        var versionForm = CoverageForms.Of(terms);
        if (versionForm == form)
        {
            return null;
        }

        // Beside the control that makes the difference: covered for a yes/no mismatch, else the pathway.
        var field = versionForm == CoverageForm.NotCovered || form == CoverageForm.NotCovered ? nameof(RuleForm.Covered) : nameof(RuleForm.Pathway);
        return new($"makes this version \"{versionForm.Label()}\", but {state.StateName}'s coverage form is \"{form.Label()}\": "
            + $"a state's rule versions must be of its coverage form ({Expected(form)}). To change the form, edit the state's criteria first.", field);
    }

    private static string Expected(CoverageForm form) => form switch
    {
        CoverageForm.NotCovered => "a version of a state that does not cover massage covers nothing",
        CoverageForm.WaiverOnly => "covered, with the program enrolment pathway",
        CoverageForm.WithinTherapy => "covered, within a therapy plan of care or as a same-day therapy adjunct",
        _ => "covered, with the standalone pathway",
    };

    public override RuleVersion NewVersion(string actor) =>
        new() { OwnerKind = RuleOwnerKind.Medicaid, StateCode = state.StateCode, UpdatedBy = actor };

    public override (CoverageCatalog, CoverageRequest) Sample(CoverageRule rule, CoverageRequest request) =>
        (new CoverageCatalog([], [new MedicaidEntry(state.StateCode, state.Program ?? Name, state.CoverageForm, state.Populations, state.Note, [rule], state.Source, state.LastVerified)], null),
         request with { PlanType = PlanType.Medicaid, PlanCode = null, State = state.StateCode });
}

/// <summary>Why a rule version may not be saved: beside <paramref name="Field"/> of the editor, or for the owner as a whole when null.</summary>
public sealed record RuleRefusal(string Message, string? Field = null);

/// <summary>
/// Locks one state's row for the rest of the transaction, so its criteria and its rule versions change in turn. Taken
/// in a <see cref="CatalogWriter"/> change, after the catalog lock, so every writer locks in the same order.
/// </summary>
public static class StateLock
{
    public static async Task<CoverageForm> FormAsync(CoverageDbContext db, string stateCode, CancellationToken cancellationToken)
    {
        var form = await db.Database
            .SqlQuery<string>($"SELECT \"CoverageForm\" AS \"Value\" FROM medicaid_state_programs WHERE \"StateCode\" = {stateCode} FOR UPDATE")
            .SingleAsync(cancellationToken);
        return Enum.Parse<CoverageForm>(form);
    }
}
