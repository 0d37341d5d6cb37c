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
/// The public table of every jurisdiction's Medicaid massage coverage, sortable by state or status and filtered by
/// status and by facts last checked over a year ago (a GET form: no script needed). Each status is
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

    /// <summary>Only states a check would answer with this coverage today; null shows every status.</summary>
    [BindProperty(SupportsGet = true)]
    public CoverageForm? Status { get; set; }

    /// <summary>Only states whose facts were last verified more than 12 months ago.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Stale { get; set; }

    /// <summary>Every jurisdiction, before the filters.</summary>
    public int Total { get; private set; }

    public IReadOnlyList<MedicaidStateRow> States { get; private set; } = [];

    public MedicaidMap Map { get; private set; } = new([], "");

    private Dictionary<string, CoverageForm> _forms = [];
    private DateOnly _staleBefore;

    /// <summary>Last verified more than 12 months ago, as the admin's map counts it; never verified is unknown, not stale.</summary>
    public bool IsStale(MedicaidStateRow state) => state?.LastVerified is { } verified && verified < _staleBefore;

    /// <summary>The filters and the sort as route values, so sorting keeps the filters and filtering keeps the sort.</summary>
    public Dictionary<string, string?> Query(MedicaidSort sort, bool descending) => new()
    {
        ["sort"] = sort.ToString(),
        ["descending"] = descending ? "true" : null,
        ["status"] = Status?.ToString(),
        ["stale"] = Stale ? "true" : null,
    };

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
        Total = rows.Count;
        _staleBefore = today.AddMonths(-12);
        ordered = ordered.Where(r => (Status is null || Form(r) == Status) && (!Stale || IsStale(r)));
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
