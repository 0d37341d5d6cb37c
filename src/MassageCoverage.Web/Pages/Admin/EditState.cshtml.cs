using MassageCoverage.Web.Features.Consoles;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog.Editing;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Admin;

/// <summary>One state's criteria; a stale save is refused and the other admin's values shown. Rules: the shared editor.</summary>
[Authorize(Roles = Roles.Admin)]
public class EditStateModel(StateEditor editor) : PageModel
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [nameof(StateForm.Program)] = "Program", [nameof(StateForm.CoverageForm)] = "Coverage form",
        [nameof(StateForm.Populations)] = "Populations", [nameof(StateForm.Note)] = "Note", [nameof(StateForm.Source)] = "Source",
        [nameof(StateForm.LastVerified)] = "Last verified",
    };

    [BindProperty]
    public StateForm Form { get; set; } = new();

    public MedicaidStateProgram State { get; private set; } = null!;
    public string UpdatedBy { get; private set; } = "";
    public FormErrors Errors { get; } = new();

    /// <summary>The other admin's saved values beside this admin's; set only on a refused save.</summary>
    public IReadOnlyList<FieldComparison>? Conflict { get; private set; }

    public static string Label(string field) => Labels.GetValueOrDefault(field, field);

    public async Task<IActionResult> OnGetAsync(string state, CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(state, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        State = found;
        Form = StateEditor.ToForm(found);
        UpdatedBy = await editor.UpdatedByAsync(found, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string state, CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(state, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        State = found;
        UpdatedBy = await editor.UpdatedByAsync(found, cancellationToken);
        foreach (var (key, entry) in ModelState)
        {
            // A mangled hidden field reads as 0: the version check then refuses the save as stale, and a count as changed.
            if (entry.Errors.Count > 0 && key.StartsWith("Form.", StringComparison.Ordinal) && key is not ("Form.Version" or "Form.RulesSeen"))
            {
                Errors.Add(key["Form.".Length..], $"{Label(key["Form.".Length..])} is not a value this form offers");
            }
        }

        foreach (var (field, message) in StateEditor.Validate(found, Form, editor.Today))
        {
            Errors.Add(field, $"{Label(field)} {message}");
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var before = StateEditor.ToForm(found);
        switch (await editor.SaveAsync(User.Id(), found, Form, cancellationToken))
        {
            case StateSave.Saved:
                TempData[SavedText.Key] = SavedText.Of($"{found.StateName} criteria",
                    Labels.Select(l => new FieldComparison(l.Key, l.Value, Shown(before, l.Key), Shown(Form, l.Key))));
                return Redirect($"/admin/medicaid/{found.StateCode}");
            case StateSave.RulesChanged:
                State = (await editor.FindAsync(state, cancellationToken))!;
                Errors.Add(nameof(StateForm.CoverageForm), $"{Label(nameof(StateForm.CoverageForm))} {StateEditor.RulesChangedMessage(State)}");
                Form.RemoveRules = false;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }

        // Another admin saved first: their values beside these, which stay in the form; the stored version is taken
        // on, so saving again is a deliberate overwrite made with both in view.
        State = (await editor.FindAsync(state, cancellationToken))!;
        UpdatedBy = await editor.UpdatedByAsync(State, cancellationToken);
        var theirs = StateEditor.ToForm(State);
        Conflict = [.. Labels.Select(l => new FieldComparison(l.Key, l.Value, Shown(theirs, l.Key), Shown(Form, l.Key)))];
        Form.Version = theirs.Version;
        ModelState.Remove("Form.Version");
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private static string Shown(StateForm form, string field)
    {
        var value = field switch
        {
            nameof(StateForm.Program) => form.Program,
            nameof(StateForm.CoverageForm) => StateForm.Forms.Where(f => f.Token() == form.CoverageForm).Select(f => f.Label()).FirstOrDefault() ?? form.CoverageForm,
            nameof(StateForm.Populations) => form.Populations,
            nameof(StateForm.Note) => form.Note,
            nameof(StateForm.Source) => form.Source,
            _ => form.LastVerified,
        };
        return string.IsNullOrWhiteSpace(value) ? "none" : value.Trim();
    }
}
