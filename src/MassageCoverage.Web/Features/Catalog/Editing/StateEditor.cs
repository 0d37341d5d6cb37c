using MassageCoverage.Web.Features.Records;
using System.Globalization;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Catalog.Format;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>
/// Edits one state's criteria with the import's own validators, so the console and the import accept the same
/// values; its rule versions go through the shared rule editor. The state's xmin guards against overwriting another
/// admin's save. Criteria and rules are audited apart, in the same shapes the import writes.
/// </summary>
public sealed class StateEditor(CoverageDbContext db, RuleOwners owners, CatalogWriter writer, ClinicClock clock)
{
    /// <summary>The state with its versions, tracked: loaded as the rule editor loads it.</summary>
    public async Task<MedicaidStateProgram?> FindAsync(string code, CancellationToken cancellationToken) =>
        (await owners.StateAsync(code, cancellationToken))?.State;

    /// <summary>Who last saved the state, as a person reads it: an account's email, else the stored actor ("seed").</summary>
    public async Task<string> UpdatedByAsync(MedicaidStateProgram state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        return (await ActorNames.EmailsAsync(db, [state.UpdatedBy], cancellationToken)).Of(state.UpdatedBy);
    }

    public static StateForm ToForm(MedicaidStateProgram state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new()
        {
            Program = state.Program, CoverageForm = state.CoverageForm.Token(), Populations = state.Populations, Note = state.Note,
            Source = state.Source, LastVerified = IsoDate.Format(state.LastVerified), Version = state.Version,
        };
    }

    public DateOnly Today => clock.Today;

    /// <summary>
    /// Validates with the import's validators; failures are keyed by the form's field names. The versions are removed
    /// only with <see cref="StateForm.RemoveRules"/> ticked on the versions the page showed: that is how a state
    /// becomes unknown, or moves to another form (its versions must be of its form; the new form's rule is added after).
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> Validate(MedicaidStateProgram state, StateForm form, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(form);
        var count = state.Rules.Count.ToString(CultureInfo.InvariantCulture);
        if (Removes(state, form))
        {
            if (form.RulesSeen != StateForm.Ids(state.Rules))
            {
                // The admin agreed to remove the versions the page showed; someone has added or removed one since.
                return [(nameof(StateForm.CoverageForm), RulesChangedMessage(state))];
            }
        }
        else if (form.CoverageForm == CoverageForm.Unknown.Token() && state.Rules.Count > 0)
        {
            return [(nameof(StateForm.CoverageForm),
                $"can be unknown only without rule versions: tick \"Remove its {count} rule versions\", or choose another form.")];
        }

        var errors = new MedicaidDocumentValidator(today).Validate(ToDocument(state, form)).Errors;
        return [.. errors.Select(e => e.PropertyName == nameof(MedicaidDocument.CoverageForm) && state.Rules.Count > 0
            ? (e.PropertyName, $"{e.ErrorMessage} To move {state.StateName} to this form, tick \"Remove its {count} rule versions\", save, then add its rule version.")
            : (e.PropertyName, e.ErrorMessage))];
    }

    /// <summary>Whether this save removes the state's versions: only when the admin ticked the box for them.</summary>
    private static bool Removes(MedicaidStateProgram state, StateForm form) => state.Rules.Count > 0 && form.RemoveRules;

    public static string RulesChangedMessage(MedicaidStateProgram state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return $"was checked against rule versions that changed since this page showed them ({state.StateName} now has "
            + $"{state.Rules.Count.ToString(CultureInfo.InvariantCulture)}): check them on the state's page, then save again (ticking the box again to remove them all).";
    }

    /// <summary>
    /// Saves. Refused, with nothing changed, when another save came first: to the criteria (<see cref="StateSave.Stale"/>)
    /// or to the versions while they were to be removed (<see cref="StateSave.RulesChanged"/>).
    /// </summary>
    public async Task<StateSave> SaveAsync(string actor, MedicaidStateProgram state, StateForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(form);
        var written = await writer.WriteAsync(async (change, ct) =>
        {
            // The state's row first, as a rule save takes it: versions cannot be added or changed while this decides on them.
            await StateLock.FormAsync(db, state.StateCode, ct);
            var stored = await db.Rules.Where(r => r.StateCode == state.StateCode).Select(r => r.Id).OrderBy(id => id).ToListAsync(ct);
            if (!stored.SequenceEqual(state.Rules.Select(r => r.Id).Order()))
            {
                return CatalogWrite.Refuse<StateSave>(RulesChangedMessage(state));
            }

            var before = CatalogJson.Snapshot(MedicaidMapping.Header(state));
            MedicaidMapping.Apply(MedicaidMapping.NormalHeader(ToDocument(state, form)), state);
            state.UpdatedBy = actor;
            state.UpdatedAt = clock.UtcNow;
            if (Removes(state, form))
            {
                // Validate let this through only on the versions the page showed; each one's last values stay in the audit log.
                var owner = new StateRuleOwner(state);
                foreach (var rule in state.Rules)
                {
                    change.Audit(actor, AuditEntities.Rule, rule.Id.ToString(CultureInfo.InvariantCulture), AuditActions.Delete, RuleVersionStore.Snapshot(owner, rule), null);
                }

                db.Rules.RemoveRange(state.Rules);
            }

            db.Entry(state).Property(s => s.Version).OriginalValue = form.Version;
            change.Audit(actor, AuditEntities.MedicaidState, state.StateCode, AuditActions.Update, before, CatalogJson.Snapshot(MedicaidMapping.Header(state)));
            return CatalogWrite.Save(StateSave.Saved);
        }, CatalogWriteMode.Commit, cancellationToken);
        return written switch
        {
            CatalogWrite<StateSave>.Saved { Value: var saved } => saved,
            CatalogWrite<StateSave>.Refused => StateSave.RulesChanged,
            // The criteria meet no constraint a concurrent save could break but the row's version.
            _ => StateSave.Stale,
        };
    }

    private static MedicaidDocument ToDocument(MedicaidStateProgram state, StateForm form) => new()
    {
        State = state.StateCode, Program = form.Program, CoverageForm = form.CoverageForm, Populations = form.Populations,
        Note = form.Note, Source = form.Source, LastVerified = string.IsNullOrWhiteSpace(form.LastVerified) ? null : form.LastVerified.Trim(),
        Rules = Removes(state, form) || form.CoverageForm == CoverageForm.Unknown.Token() ? [] : [.. state.Rules.Select(RuleMapping.ToDocument)],
    };
}

public enum StateSave
{
    Saved,
    Stale,
    RulesChanged,
}
