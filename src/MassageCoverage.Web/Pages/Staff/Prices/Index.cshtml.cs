using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.SelfPay;

namespace MassageCoverage.Web.Pages.Staff.Prices;

/// <summary>The self-pay price list, the codes that have no price yet, and whether the clinic's details are set.</summary>
public class IndexModel(PriceListStore prices, ClinicSettingsStore clinic, Data.CoverageDbContext db) : StaffPageModel
{
    public IReadOnlyList<ClinicPrice> Prices { get; private set; } = [];

    /// <summary>The codes the app knows that have no price at any length.</summary>
    public IReadOnlyList<CptCode> Unpriced { get; private set; } = [];

    public ClinicSettings? Clinic { get; private set; }

    public IReadOnlyDictionary<string, string> Emails { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Prices = await prices.AllAsync(cancellationToken);
        Unpriced = [.. CptCodes.All.Where(c => Prices.All(p => p.CptCode != c.Code))];
        Clinic = await clinic.GetAsync(cancellationToken);
        Emails = await ActorNames.EmailsAsync(db, Prices.Select(p => p.UpdatedBy), cancellationToken);
    }
}
