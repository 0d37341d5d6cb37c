using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Core.SelfPay;

/// <summary>
/// The expected items and charges of a Good Faith Estimate, from the clinic's price list [45 CFR 149.610(c);
/// docs/domain.md section 5b]. A service without a price stays on the estimate without a charge, so the estimate can
/// say which prices are missing; <see cref="KnownTotal"/> adds up only the charges that are known, and
/// <see cref="IsComplete"/> says whether that is the whole estimate.
/// </summary>
public sealed record GoodFaithEstimate(IReadOnlyList<EstimateLine> Lines)
{
    public decimal KnownTotal => Lines.Sum(l => l.Charge ?? 0m);

    public bool IsComplete => Lines.All(l => l.IsPriced);

    public bool HasAnyPrice => Lines.Any(l => l.IsPriced);

    /// <summary>
    /// The estimate of <paramref name="items"/> at <paramref name="prices"/>: each item's session price is the price of
    /// its code at its length exactly (the clinic prices a length, it does not prorate one).
    /// </summary>
    public static GoodFaithEstimate Build(IReadOnlyList<ServicePrice> prices, IReadOnlyList<EstimateItem> items)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(items);
        return new([.. items.Select(item => Line(prices, item))]);
    }

    private static EstimateLine Line(IReadOnlyList<ServicePrice> prices, EstimateItem item)
    {
        var service = CptCodes.Find(item.CptCode)
            ?? throw new ArgumentException($"CPT {item.CptCode} is not a code the product knows: read it at the edge.", nameof(item));
        if (item.Sessions < 1)
        {
            throw new ArgumentException("An item has at least one session.", nameof(item));
        }

        if (service.Timed != item.Minutes is not null || item.Minutes < TimedUnits.MinimumMinutes)
        {
            throw new ArgumentException($"CPT {service.Code} {(service.Timed ? "needs a session of 8 minutes or more" : "has no minutes")}.", nameof(item));
        }

        var ofService = prices.Where(p => p.CptCode == service.Code).ToList();
        return new(
            service,
            item.Minutes,
            item.Minutes is { } minutes ? TimedUnits.CmsEightMinute(minutes) : null,
            item.Sessions,
            item.DiagnosisCodes,
            ofService.FirstOrDefault(p => p.Minutes == item.Minutes)?.Amount,
            [.. ofService.Where(p => p.Minutes is not null).Select(p => p.Minutes!.Value).Order()]);
    }
}
