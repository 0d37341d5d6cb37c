using MassageCoverage.Web.Features.Consoles;
using MassageCoverage.Web.Features.Discrepancies;

namespace MassageCoverage.Web.Pages.Staff;

/// <summary>Where staff land after signing in: what needs doing, with counts, each linking to the list of it.</summary>
public class IndexModel(ConsoleWork queue, DiscrepancyReports discrepancies) : StaffPageModel
{
    public IReadOnlyList<QueueItem> Queue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var open = await discrepancies.OpenCountAsync(cancellationToken);
        Queue = [.. await queue.PlansAsync(cancellationToken), new("discrepancy-link", open, "open discrepancy reports", "/staff/discrepancies")];
    }
}
