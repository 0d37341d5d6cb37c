using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Discrepancies;

namespace MassageCoverage.Web.Pages.Staff.Discrepancies;

/// <summary>Patients' reports that a call contradicted a rule: the open ones, oldest first, then the newest resolved.</summary>
public class IndexModel(DiscrepancyReports reports, CatalogProvider catalogs) : StaffPageModel
{
    public const int ResolvedShown = 20;

    public IReadOnlyList<ReportView> Open { get; private set; } = [];
    public IReadOnlyList<ReportView> Resolved { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var (open, resolved) = await reports.ListAsync(ResolvedShown, cancellationToken);
        var admin = User.IsInRole(Roles.Admin);
        (Open, Resolved) = ([.. open.Select(r => ReportView.Of(r, catalog, admin))], [.. resolved.Select(r => ReportView.Of(r, catalog, admin))]);
    }
}
