using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Coverage;
using MassageCoverage.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Admin;

/// <summary>
/// Edits one state's criteria and its current rule with the import's own validators, so the console and the import
/// accept the same values. The state's xmin guards against overwriting another admin's save.
/// </summary>
public sealed class StateEditor(CoverageDbContext db, AuditTrail audit, CatalogProvider catalog, TimeProvider clock)
{
    public const string EntityType = "MedicaidState";

    public Task<MedicaidStateProgram?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.MedicaidStatePrograms.Include(s => s.Rules).SingleOrDefaultAsync(s => s.StateCode == Normalise(code), cancellationToken);

    /// <summary>The version in effect today, else the latest: the one the editor shows and changes.</summary>
    public RuleVersion? CurrentRule(MedicaidStateProgram state)
    {
        var today = Today;
        return state.Rules.Where(r => r.EffectiveFrom <= today && (r.EffectiveTo is null || r.EffectiveTo >= today)).FirstOrDefault()
            ?? state.Rules.OrderByDescending(r => r.EffectiveFrom).FirstOrDefault();
    }

    public StateForm ToForm(MedicaidStateProgram state)
    {
        var rule = CurrentRule(state);
        return new()
        {
            Program = state.Program, CoverageForm = state.CoverageForm.Token(), Populations = state.Populations, Note = state.Note,
            Source = state.Source, LastVerified = IsoDate.Format(state.LastVerified), Version = state.Version,
            ServiceCodes = rule is null ? null : string.Join(", ", rule.ServiceCodes),
            RequiresReferral = rule?.RequiresReferral ?? false, ReferralValidDays = rule?.ReferralValidDays,
            RequiresPriorAuthorization = rule?.RequiresPriorAuthorization ?? false,
            PriorAuthorizationAfterVisits = rule?.PriorAuthorizationAfterVisits, MaxVisitsPerYear = rule?.MaxVisitsPerYear,
            MinAge = rule?.MinAge, MaxAge = rule?.MaxAge, RuleNotes = rule?.Notes,
        };
    }

    /// <summary>Validates with the import's validators; failures are keyed by the form's field names.</summary>
    public IReadOnlyList<(string Field, string Message)> Validate(MedicaidStateProgram state, StateForm form) =>
        new MedicaidDocumentValidator().Validate(ToDocument(state, form)).Errors
            .Select(e => (Field(e.PropertyName), e.ErrorMessage)).ToList();

    /// <summary>Saves; false when another save came first (the state then holds the database's values).</summary>
    public async Task<bool> SaveAsync(string actor, MedicaidStateProgram state, StateForm form, CancellationToken cancellationToken)
    {
        var before = CatalogJson.Snapshot(MedicaidMapping.ToDocument(state));
        var document = ToDocument(state, form);
        MedicaidMapping.Apply(MedicaidMapping.NormalHeader(document), state);
        state.UpdatedBy = actor;
        state.UpdatedAt = clock.GetUtcNow();
        var rule = CurrentRule(state);
        if (document.Rule is null)
        {
            db.Rules.RemoveRange(state.Rules);
            state.Rules.Clear();
        }
        else
        {
            if (rule is null)
            {
                rule = new RuleVersion { OwnerKind = RuleOwnerKind.Medicaid, StateCode = state.StateCode, UpdatedBy = actor };
                state.Rules.Add(rule);
            }

            RuleMapping.Apply(document.Rule, rule);
            rule.UpdatedBy = actor;
            rule.UpdatedAt = state.UpdatedAt;
        }

        db.Entry(state).Property(s => s.Version).OriginalValue = form.Version;
        audit.Add(actor, EntityType, state.StateCode, AuditActions.Update, before, CatalogJson.Snapshot(MedicaidMapping.ToDocument(state)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }

        await catalog.RefreshAsync(cancellationToken);
        return true;
    }

    private static string Normalise(string code) => code.ToUpperInvariant();

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private MedicaidDocument ToDocument(MedicaidStateProgram state, StateForm form)
    {
        var codes = (form.ServiceCodes ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var current = CurrentRule(state);
        RuleDocument? rule = null;
        if (codes.Length > 0 || current is not null)
        {
            var basis = current is null
                ? new RuleDocument { Covered = form.CoverageForm != CoverageForm.NotCovered.Token(), EffectiveFrom = IsoDate.Format(Today), Source = form.Source }
                : RuleMapping.ToDocument(current);
            rule = basis with
            {
                ServiceCodes = codes, RequiresReferral = form.RequiresReferral, ReferralValidDays = form.ReferralValidDays,
                RequiresPriorAuthorization = form.RequiresPriorAuthorization,
                PriorAuthorizationAfterVisits = form.PriorAuthorizationAfterVisits, MaxVisitsPerYear = form.MaxVisitsPerYear,
                MinAge = form.MinAge, MaxAge = form.MaxAge, Notes = form.RuleNotes,
            };
        }

        // Emptying the codes of a state going unknown removes its rule: "unknown" carries none.
        if (codes.Length == 0 && form.CoverageForm == CoverageForm.Unknown.Token())
        {
            rule = null;
        }

        return new MedicaidDocument
        {
            State = state.StateCode, Program = form.Program, CoverageForm = form.CoverageForm, Populations = form.Populations,
            Note = form.Note, Source = form.Source, LastVerified = string.IsNullOrWhiteSpace(form.LastVerified) ? null : form.LastVerified.Trim(),
            Rule = rule,
        };
    }

    private static string Field(string property) => property switch
    {
        "Rule" => nameof(StateForm.ServiceCodes),
        "Rule.Notes" => nameof(StateForm.RuleNotes),
        _ when property.StartsWith("Rule.ServiceCodes", StringComparison.Ordinal) => nameof(StateForm.ServiceCodes),
        _ when property.StartsWith("Rule.", StringComparison.Ordinal) => property["Rule.".Length..],
        _ => property,
    };
}
