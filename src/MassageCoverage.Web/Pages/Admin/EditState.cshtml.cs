using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Admin;

/// <summary>One state's criteria and current rule; a stale save is refused and the other admin's values shown.</summary>
[Authorize(Roles = Roles.Admin)]
public class EditStateModel(StateEditor editor) : PageModel
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [nameof(StateForm.Program)] = "Program", [nameof(StateForm.CoverageForm)] = "Coverage form",
        [nameof(StateForm.Populations)] = "Populations", [nameof(StateForm.Note)] = "Note", [nameof(StateForm.Source)] = "Source",
        [nameof(StateForm.LastVerified)] = "Last verified", [nameof(StateForm.ServiceCodes)] = "Service codes",
        [nameof(StateForm.ReferralValidDays)] = "Referral valid for (days)",
        [nameof(StateForm.PriorAuthorizationAfterVisits)] = "Prior authorization after (visits)",
        [nameof(StateForm.MaxVisitsPerYear)] = "Visits per year", [nameof(StateForm.MinAge)] = "Minimum age",
        [nameof(StateForm.MaxAge)] = "Maximum age", [nameof(StateForm.RuleNotes)] = "Rule notes",
    };

    [BindProperty]
    public StateForm Form { get; set; } = new();

    public MedicaidStateProgram State { get; private set; } = null!;
    public FormErrors Errors { get; } = new();
    public bool Conflict { get; private set; }

    public static string Label(string field) => Labels.GetValueOrDefault(field, field);

    public async Task<IActionResult> OnGetAsync(string state, CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(state, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        State = found;
        Form = editor.ToForm(found);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string state, CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(state, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        State = found;
        foreach (var (key, entry) in ModelState)
        {
            if (entry.Errors.Count > 0 && key.StartsWith("Form.", StringComparison.Ordinal))
            {
                Errors.Add(key["Form.".Length..], $"{Label(key["Form.".Length..])} must be a whole number");
            }
        }

        foreach (var (field, message) in editor.Validate(found, Form))
        {
            Errors.Add(field, $"{Label(field)} {message}");
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        if (await editor.SaveAsync(User.Id(), found, Form, cancellationToken))
        {
            return Redirect($"/admin/medicaid#state-{found.StateCode}");
        }

        // Another admin saved first: show what is stored now, with its version, so a resubmit is a deliberate overwrite.
        State = (await editor.FindAsync(state, cancellationToken))!;
        Form = editor.ToForm(State);
        ModelState.Clear();
        Conflict = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
