using MassageCoverage.Web.Features.Records;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Admin;

/// <summary>
/// Every jurisdiction on the map, and in a table filtered by coverage form and by stale data (a GET form), with a stale
/// badge where the data is over a year old.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public class MedicaidModel(CoverageDbContext db, ClinicClock clock) : PageModel
{
    /// <summary>Only states of this coverage form; null shows every one.</summary>
    [BindProperty(SupportsGet = true)]
    public MassageCoverage.Core.Medicaid.CoverageForm? Status { get; set; }

    /// <summary>Only states last verified more than 12 months ago.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Stale { get; set; }

    public IReadOnlyList<MedicaidStateProgram> States { get; private set; } = [];
    public int Total { get; private set; }

    public MedicaidMap Map { get; private set; } = new([], "");

    /// <summary>Account ids as people read them: their email addresses.</summary>
    public IReadOnlyDictionary<string, string> Emails { get; private set; } = new Dictionary<string, string>();

    private DateOnly _today;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        _today = clock.Today;
        var all = await db.MedicaidStatePrograms.AsNoTracking().OrderBy(s => s.StateName).ToListAsync(cancellationToken);
        Total = all.Count;
        States = [.. all.Where(s => (Status is null || s.CoverageForm == Status) && (!Stale || IsStale(s)))];
        Emails = await ActorNames.EmailsAsync(db, States.Select(s => s.UpdatedBy), cancellationToken);
        Map = MedicaidMap.Of(all.Select(s => (s.StateCode, s.StateName, s.CoverageForm)), code => $"/admin/medicaid/{code}",
            "Map of the 50 states and DC by how Medicaid covers massage. Select a state to see and edit it.");
    }

    /// <summary>Last verified more than 12 months ago; a state never verified is not stale but unknown.</summary>
    public bool IsStale(MedicaidStateProgram state) =>
        state.LastVerified is { } verified && verified < _today.AddMonths(-12);
}
