using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Appeals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account.Denials;

/// <summary>The saved appeal letter on its own, for printing on US Letter.</summary>
[Authorize(Roles = Roles.Patient)]
public class PrintModel(DenialRecords records) : PageModel
{
    public Denial Denial { get; private set; } = null!;

    /// <summary>The letter's paragraphs (blank lines apart), each a list of its lines.</summary>
    public IReadOnlyList<string[]> Paragraphs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await records.FindAsync(User.Id(), id, cancellationToken) is not { Letter: { } letter } denial)
        {
            return NotFound();
        }

        // The letter holds health information: no copy kept by the browser or a proxy.
        Response.Headers.CacheControl = "no-store";
        Denial = denial;
        Paragraphs = [.. letter.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('\n'))];
        return Page();
    }
}
