using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Check;
using MassageCoverage.Web.Features.Discrepancies;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Features.Records;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Coverage;

/// <summary>
/// The answer. Its URL carries the answers (no database id), so it can be shared and re-runs the check each time;
/// the query string never reaches a log line. A signed-in patient can save it to their account. The answers are read
/// from the query string directly (<see cref="CheckAnswers.FromQuery"/>): this page is served far more often than
/// the form, and model binding would build its binders and validate nineteen properties on every view.
/// </summary>
public class CheckResultModel(CheckService checks, CheckDiscrepancies discrepancies) : PageModel
{
    public CheckAnswers Answers { get; private set; } = new();

    public CheckResult Result { get; private set; } = null!;

    /// <summary>An optional name for the saved check, so the patient can tell their checks apart.</summary>
    [BindProperty]
    public string? Label { get; set; }

    public string? LabelError { get; private set; }

    public bool CanSave => User.IsInRole(Roles.Patient);

    /// <summary>What the signed-in patient's calls about this rule's owner contradict in it; null for anyone else.</summary>
    public DiscrepancyList? Discrepancies { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Answers = CheckAnswers.FromQuery(Request.Query);
        if ((await checks.RunAsync(Answers, cancellationToken)).Result is not { } result)
        {
            return BackToForm();
        }

        Result = result;
        if (CanSave)
        {
            Discrepancies = await discrepancies.ForAsync(User.Id(), result.Decision, cancellationToken);
        }

        return Page();
    }

    /// <summary>Saves what this URL shows: the same answers run the same check, stored as a snapshot.</summary>
    public async Task<IActionResult> OnPostSaveAsync([FromServices] SavedCheckStore saved, CancellationToken cancellationToken)
    {
        // Razor Pages ignore [Authorize] on a handler, so the page asks for itself.
        if (!CanSave)
        {
            return Challenge();
        }

        Answers = CheckAnswers.FromQuery(Request.Query);
        if ((await checks.RunAsync(Answers, cancellationToken)).Result is not { } result)
        {
            return BackToForm();
        }

        if (Label?.Trim().Length > SavedCheck.LabelMaxLength)
        {
            LabelError = Words.Format(CheckStrings.ResultSaveTooLong, SavedCheck.LabelMaxLength);
            Result = result;
            return Page();
        }

        var id = await saved.SaveAsync(User.Id(), result, Label, cancellationToken);
        return RedirectToPage("/Account/Checks/Details", new { id, saved = true });
    }

    private RedirectToPageResult BackToForm()
    {
        var values = Answers.ToRouteValues();
        values["fix"] = "true";
        return RedirectToPage("/Coverage/Check", values);
    }
}
