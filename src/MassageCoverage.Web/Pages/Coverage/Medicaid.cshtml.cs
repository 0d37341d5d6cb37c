using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Clinic;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Coverage;

public enum MedicaidSort { State, Status }

/// <summary>
/// The public table of every jurisdiction's Medicaid massage coverage, sortable by state or status. Each status is
/// what a check would answer today (<see cref="MedicaidMap.PublicForm"/>), never a stored form with no rule behind it.
/// </summary>
public class MedicaidModel(CoverageDbContext db, CatalogProvider catalogs, ClinicClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public MedicaidSort Sort { get; set; } = MedicaidSort.State;

    [BindProperty(SupportsGet = true)]
    public bool Descending { get; set; }

    public IReadOnlyList<MedicaidStateProgram> States { get; private set; } = [];

    public MedicaidMap Map { get; private set; } = new([], "");

    private Dictionary<string, CoverageForm> _forms = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.MedicaidStatePrograms.AsNoTracking().ToListAsync(cancellationToken);
        var catalog = await catalogs.GetAsync(cancellationToken);
        var today = clock.Today;
        _forms = rows.ToDictionary(r => r.StateCode, r => MedicaidMap.PublicForm(catalog.FindMedicaid(r.StateCode), today), StringComparer.OrdinalIgnoreCase);
        IEnumerable<MedicaidStateProgram> ordered = Sort == MedicaidSort.Status
            ? rows.OrderBy(r => Form(r).Label(), StringComparer.Ordinal).ThenBy(r => r.StateName, StringComparer.Ordinal)
            : rows.OrderBy(r => r.StateName, StringComparer.Ordinal);
        States = (Descending ? ordered.Reverse() : ordered).ToList();
        Map = MedicaidMap.Of(rows, code => $"#state-{code}",
            "Map of the 50 states and DC by how Medicaid covers massage. Select a state to go to its row in the table.",
            Form);
    }

    /// <summary>The status the public reads: what a check for this state would answer today.</summary>
    public CoverageForm Form(MedicaidStateProgram state) =>
        _forms.TryGetValue(state.StateCode, out var form) ? form : CoverageForm.Unknown;

    /// <summary>The aria-sort value of a column header: only the sorted column carries one.</summary>
    public string? AriaSort(MedicaidSort column) =>
        column != Sort ? null : Descending ? "descending" : "ascending";

    /// <summary>A header link sorts by its column; on the sorted column it flips the direction.</summary>
    public bool NextDescending(MedicaidSort column) => column == Sort && !Descending;
}
