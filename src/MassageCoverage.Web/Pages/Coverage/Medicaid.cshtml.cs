using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Hosting;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace MassageCoverage.Web.Pages.Coverage;

public enum MedicaidSort { State, Status }

/// <summary>
/// The public table of every jurisdiction's Medicaid massage coverage, sortable by state or status. Each status is
/// what a check would answer today (<see cref="MedicaidMap.PublicForm"/>), never a stored form with no rule behind it.
/// Everything comes from the catalog snapshot in memory: the page sends nothing to the database.
/// </summary>
[OutputCache(PolicyName = SnapshotPageCache.Policy)]
public class MedicaidModel(CatalogProvider catalogs, ClinicClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public MedicaidSort Sort { get; set; } = MedicaidSort.State;

    [BindProperty(SupportsGet = true)]
    public bool Descending { get; set; }

    public IReadOnlyList<MedicaidStateRow> States { get; private set; } = [];

    public MedicaidMap Map { get; private set; } = new([], "");

    private Dictionary<string, CoverageForm> _forms = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await catalogs.GetSnapshotAsync(cancellationToken);
        var rows = snapshot.States;
        var today = clock.Today;
        _forms = rows.ToDictionary(r => r.Code, r => MedicaidMap.PublicForm(snapshot.Catalog.FindMedicaid(r.Code), today), StringComparer.OrdinalIgnoreCase);
        // By state name as the reader writes it ("Nueva York" sorts under N in Spanish too).
        IEnumerable<MedicaidStateRow> ordered = Sort == MedicaidSort.Status
            ? rows.OrderBy(r => Form(r).Label(), StringComparer.Ordinal).ThenBy(r => StateText.Name(r.Code), StringComparer.Ordinal)
            : rows.OrderBy(r => StateText.Name(r.Code), StringComparer.Create(Languages.Culture, ignoreCase: true));
        States = (Descending ? ordered.Reverse() : ordered).ToList();
        Map = MedicaidMap.Of(rows.Select(r => (r.Code, StateText.Name(r.Code), Form(r))), code => $"#state-{code}", MedicaidStrings.MapCaption);
    }

    /// <summary>The status the public reads: what a check for this state would answer today.</summary>
    public CoverageForm Form(MedicaidStateRow state) =>
        _forms.TryGetValue(state.Code, out var form) ? form : CoverageForm.Unknown;

    /// <summary>The aria-sort value of a column header: only the sorted column carries one.</summary>
    public string? AriaSort(MedicaidSort column) =>
        column != Sort ? null : Descending ? "descending" : "ascending";

    /// <summary>A header link sorts by its column; on the sorted column it flips the direction.</summary>
    public bool NextDescending(MedicaidSort column) => column == Sort && !Descending;
}
