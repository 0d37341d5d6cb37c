using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Letters;
using MassageCoverage.Web.Features.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Referrals;

/// <summary>
/// A letter of medical necessity, or its HSA/FSA variant, pre-filled from one of the patient's own referrals
/// (docs/letters.md). The name and date of birth typed here are posted, printed and forgotten: nothing is stored,
/// so nothing is audited, and nothing but the request's path (with the referral's id) is logged.
/// </summary>
[Authorize(Roles = Roles.Patient)]
public class LetterModel(CoverageDbContext db, PatientClock clock) : PageModel
{
    /// <summary>
    /// The kind in each letter's address: /account/referrals/5/letter?kind=medical (also without a kind),
    /// /account/referrals/5/letter?kind=hsa. A form without an action posts back to the address it came from, kind and all.
    /// </summary>
    public const string MedicalRoute = "medical";
    public const string HsaRoute = "hsa";

    private static readonly Dictionary<string, NecessityLetterKind> Kinds = new(StringComparer.Ordinal)
    {
        [MedicalRoute] = NecessityLetterKind.Medical,
        [HsaRoute] = NecessityLetterKind.Hsa,
    };

    [BindProperty]
    public LetterForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public long Id { get; private set; }

    public NecessityLetterKind Kind { get; private set; }

    /// <summary>The referral's diagnosis codes as printed, one field of words on the form for each.</summary>
    public IReadOnlyList<string> Codes { get; private set; } = [];

    public LetterDocument Letter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, string? kind, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, kind, cancellationToken) is not { } referral)
        {
            return NotFound();
        }

        Form = LetterForm.Defaults(referral);
        Letter = NecessityLetter.Write(referral, Kind, Form.ToChoices());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? kind, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, kind, cancellationToken) is not { } referral)
        {
            return NotFound();
        }

        var valid = Errors.AddAll(new LetterForm.Validator(await clock.TodayAsync(User.Id(), cancellationToken)).Validate(Form));
        Letter = NecessityLetter.Write(referral, Kind, (valid ? Form : LetterForm.Defaults(referral)).ToChoices());
        return Page();
    }

    private async Task<Referral?> FindAsync(long id, string? kind, CancellationToken cancellationToken)
    {
        // A letter holds diagnoses, and after a post the patient's name: no cache keeps a copy.
        Response.Headers.CacheControl = "no-store";
        if (!Kinds.TryGetValue(kind ?? MedicalRoute, out var known))
        {
            return null;
        }

        (Id, Kind) = (id, known);
        var owner = User.Id();
        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.OwnerId == owner, cancellationToken);
        Codes = referral is null ? [] : [.. referral.DiagnosisCodes.Select(c => IcdCode.Format(IcdCode.Normalise(c)))];
        return referral;
    }
}
