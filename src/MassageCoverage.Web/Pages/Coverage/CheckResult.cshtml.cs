using MassageCoverage.Web.Features.Check;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Coverage;

/// <summary>
/// The answer. Its URL carries the answers (no database id), so it can be shared and re-runs the check each time;
/// the query string never reaches a log line.
/// </summary>
public class CheckResultModel(CheckService checks) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CheckAnswers Answers { get; set; } = new();

    public CheckResult Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await checks.RunAsync(Answers, cancellationToken);
        if (result is null)
        {
            var values = Answers.ToRouteValues();
            values["fix"] = "true";
            return RedirectToPage("/Coverage/Check", values);
        }

        Result = result;
        return Page();
    }
}
