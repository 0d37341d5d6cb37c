using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Consoles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>
/// The one rule editor behind a plan's versions (staff) and a state's (admins): add a version (no id in the route)
/// or correct one; "Try it" evaluates the unsaved rule and saves nothing. A page only says whose versions they are.
/// </summary>
public abstract class RuleEditorPageModel(RuleVersionStore store) : PageModel
{
    public const string ClosedField = "Owner";

    [BindProperty] public RuleForm Form { get; set; } = new();
    [BindProperty] public SampleForm Sample { get; set; } = new();
    public FormErrors Errors { get; } = new();
    public RuleOwner Owner { get; private set; } = null!;
    public CoverageDecision? Tried { get; private set; }

    /// <summary>The day "Try it" checked the sample on; set with <see cref="Tried"/>.</summary>
    public DateOnly TriedAsOf { get; private set; }

    /// <summary>"Try it" was pressed: the answer region says either the answer or why there is none.</summary>
    public bool TryAsked { get; private set; }

    /// <summary>The other person's saved values beside this person's; set only on a refused save.</summary>
    public IReadOnlyList<FieldComparison>? Conflict { get; private set; }

    [FromRoute(Name = "id")] public long? RuleId { get; set; }
    public bool IsNew => RuleId is null;
    public string Title => IsNew ? $"Add a rule version to {Owner.Name}" : $"Edit a rule version of {Owner.Name}";

    /// <summary>Whether a new version's values came from a draft (a 271 read on the eligibility page), for staff to check.</summary>
    public bool Drafted { get; private set; }

    /// <summary>
    /// A new version may start from values another page proposes (<c>?draft.MaxVisitsPerYear=20</c>): only these
    /// fields, only as a starting point; nothing is saved until staff read them, set the dates and save.
    /// </summary>
    private bool ApplyDraft()
    {
        var applied = false;
        foreach (var (key, values) in Request.Query)
        {
            if (!key.StartsWith("draft.", StringComparison.Ordinal) || values.ToString() is not { Length: > 0 and <= 500 } value)
            {
                continue;
            }

            switch (key["draft.".Length..])
            {
                case nameof(RuleForm.Covered) when bool.TryParse(value, out var covered):
                    Form.Covered = covered;
                    break;
                case nameof(RuleForm.MaxVisitsPerYear):
                    Form.MaxVisitsPerYear = value;
                    break;
                case nameof(RuleForm.PriorAuthorization) when value is RuleForm.PriorAuthorizationNever or RuleForm.PriorAuthorizationAlways:
                    Form.PriorAuthorization = value;
                    Form.PriorAuthorizationAfterVisits = null;
                    break;
                case nameof(RuleForm.Copay):
                    Form.Copay = value;
                    break;
                case nameof(RuleForm.CoinsurancePercent):
                    Form.CoinsurancePercent = value;
                    break;
                case nameof(RuleForm.Source):
                    Form.Source = value;
                    break;
                default:
                    continue;
            }

            applied = true;
        }

        return applied;
    }

    /// <summary>The owner named by the route, tracked, with every version; null when there is none.</summary>
    protected abstract Task<RuleOwner?> LoadOwnerAsync(CancellationToken cancellationToken);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || (!IsNew && Row is null))
        {
            return NotFound();
        }

        var source = Row ?? RuleVersionsOf.Current(Owner.Rules, store.Today);
        Form = source is null ? new RuleForm { Covered = true } : RuleForm.From(source);
        if (IsNew)
        {
            // A new version starts on new dates; everything else starts as the current version reads.
            Form.EffectiveFrom = null;
            Form.EffectiveTo = null;
            Drafted = ApplyDraft();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTryAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // Trying a rule never asks for its dates: with none typed it is tried as if it started today. The form keeps
        // the blank, so a later save still asks for the real first day.
        var typedFrom = Form.EffectiveFrom;
        if (string.IsNullOrWhiteSpace(typedFrom))
        {
            Form.EffectiveFrom = IsoDate.Format(store.Today);
        }

        if (Form.TryRead(Errors, store.Today, out var unsaved))
        {
            Tried = Sample.Evaluate(Owner, unsaved, store.Today);
            TriedAsOf = SampleForm.AsOf(unsaved, store.Today);
        }

        Form.EffectiveFrom = typedFrom;
        TryAsked = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Owner.Closed is { } closed)
        {
            return Refused(closed);
        }

        if (!IsNew && Row is null)
        {
            return Removed();
        }

        if (!Form.TryRead(Errors, store.Today, out var values))
        {
            return Page();
        }

        // Compared before the save, which writes the typed values onto the tracked version.
        var changes = Row is null ? null : RuleComparison.Compare(Row, values);
        switch (await store.SaveAsync(Owner, Row, values, Form.Version, User.Id(), cancellationToken))
        {
            case RuleSave.Saved saved:
                TempData[SavedText.Key] = SavedText.Of($"Rule version from {IsoDate.Format(saved.Rule.EffectiveFrom)}", changes);
                return Redirect(Owner.HomePath);
            case RuleSave.Overlap overlap:
                Errors.Add(nameof(RuleForm.EffectiveFrom), overlap.Message);
                return Page();
            case RuleSave.Conflict conflict:
                Conflict = RuleComparison.Compare(conflict.Current, values);
                // Saving again from here is a deliberate choice made with the other values in view.
                Form.Version = conflict.Current.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case RuleSave.Closed refusal:
                return Refused(refusal.Message);
            case RuleSave.Disagrees disagrees:
                Errors.Add(disagrees.Field, disagrees.Message);
                return Page();
            default:
                return Removed();
        }
    }

    /// <summary>True when the owner in the route exists; <see cref="Row"/> is then the version in the route, if any.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await LoadOwnerAsync(cancellationToken) is not { } owner)
        {
            return false;
        }

        Owner = owner;
        Row = RuleId is { } id ? owner.Rules.SingleOrDefault(r => r.Id == id) : null;
        // "Try it" after a refusal keeps offering to save as a new version.
        IsRemoved = !IsNew && Row is null;
        return true;
    }

    /// <summary>The version in the route, when it still exists.</summary>
    private RuleVersion? Row { get; set; }

    /// <summary>The version being corrected was removed since the editor opened; the values typed stay in the form.</summary>
    public bool IsRemoved { get; private set; }

    private PageResult Removed()
    {
        IsRemoved = true;
        return Refused("This version was removed by someone else since you opened it: nothing was saved. Your values are "
            + "still below; save them as a new version if they still apply.");
    }

    private PageResult Refused(string message)
    {
        Errors.Add(ClosedField, message);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
