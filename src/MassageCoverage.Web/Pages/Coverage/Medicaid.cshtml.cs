using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Coverage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Coverage;

public enum MedicaidSort { State, Status }

/// <summary>The public table of every jurisdiction's Medicaid massage coverage, sortable by state or status.</summary>
public class MedicaidModel(CoverageDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public MedicaidSort Sort { get; set; } = MedicaidSort.State;

    [BindProperty(SupportsGet = true)]
    public bool Descending { get; set; }

    public IReadOnlyList<MedicaidStateProgram> States { get; private set; } = [];

    public MedicaidMap Map { get; private set; } = new([], "");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.MedicaidStatePrograms.AsNoTracking().ToListAsync(cancellationToken);
        IEnumerable<MedicaidStateProgram> ordered = Sort == MedicaidSort.Status
            ? rows.OrderBy(r => r.CoverageForm.Label(), StringComparer.Ordinal).ThenBy(r => r.StateName, StringComparer.Ordinal)
            : rows.OrderBy(r => r.StateName, StringComparer.Ordinal);
        States = (Descending ? ordered.Reverse() : ordered).ToList();
        Map = MedicaidMap.Of(rows, code => $"#state-{code}",
            "Map of the 50 states and DC by how Medicaid covers massage. Select a state to go to its row in the table.");
    }

    /// <summary>The aria-sort value of a column header: only the sorted column carries one.</summary>
    public string? AriaSort(MedicaidSort column) =>
        column != Sort ? null : Descending ? "descending" : "ascending";

    /// <summary>A header link sorts by its column; on the sorted column it flips the direction.</summary>
    public bool NextDescending(MedicaidSort column) => column == Sort && !Descending;
}
