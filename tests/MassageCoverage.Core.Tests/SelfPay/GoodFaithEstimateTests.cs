using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.SelfPay;

namespace MassageCoverage.Core.Tests.SelfPay;

/// <summary>
/// The expected charges of a Good Faith Estimate come from the clinic's price list only: a price it has not set stays
/// unknown, and the total adds up what is known (docs/domain.md section 5b).
/// </summary>
public class GoodFaithEstimateTests
{
    private static readonly ServicePrice[] _prices =
    [
        new(CptCodes.Massage, 30, 55m),
        new(CptCodes.Massage, 60, 95.50m),
        new("97140", 45, 80m),
        new("97010", null, 15m),
    ];

    public static TheoryData<string, int?, int, decimal?, decimal?, int?> Lines => new()
    {
        // code, minutes, sessions, session price, charge, units per session
        { CptCodes.Massage, 60, 6, 95.50m, 573.00m, 4 },
        { CptCodes.Massage, 30, 1, 55m, 55m, 2 },
        { CptCodes.Massage, 45, 6, null, null, 3 }, // the clinic prices 30 and 60 minutes, not 45
        { "97140", 45, 2, 80m, 160m, 3 },
        { "97112", 60, 4, null, null, 4 }, // no price of this code at all
        { "97010", null, 3, 15m, 45m, null }, // untimed: charged once a visit, whatever its minutes
        { CptCodes.Massage, 8, 1, null, null, 1 },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Each_line_is_priced_at_its_code_and_length_exactly_or_not_at_all(
        string code, int? minutes, int sessions, decimal? sessionPrice, decimal? charge, int? units)
    {
        var line = GoodFaithEstimate.Build(_prices, [new(code, minutes, sessions, ["M54.50"])]).Lines.Single();

        Assert.Equal((code, minutes, sessions), (line.Service.Code, line.Minutes, line.Sessions));
        Assert.Equal((sessionPrice, charge, sessionPrice is not null), (line.SessionPrice, line.Charge, line.IsPriced));
        Assert.Equal(units, line.UnitsPerSession);
        Assert.Equal(["M54.50"], line.DiagnosisCodes);
    }

    [Fact]
    public void A_line_names_the_lengths_the_clinic_has_priced_for_its_code()
    {
        var estimate = GoodFaithEstimate.Build(_prices, [new(CptCodes.Massage, 45, 1, []), new("97530", 60, 1, [])]);

        Assert.Equal([30, 60], estimate.Lines[0].PricedLengths);
        Assert.Empty(estimate.Lines[1].PricedLengths);
    }

    public static TheoryData<ServicePrice[], decimal, bool, bool> Totals => new()
    {
        // prices, known total, complete, any price
        { _prices, 573m + 45m, true, true },
        { [new(CptCodes.Massage, 60, 95.50m)], 573m, false, true },
        { [new("97010", null, 15m)], 45m, false, true },
        { [], 0m, false, false },
    };

    [Theory]
    [MemberData(nameof(Totals))]
    public void The_total_adds_only_known_charges_and_says_whether_it_is_whole(
        ServicePrice[] prices, decimal knownTotal, bool complete, bool anyPrice)
    {
        var estimate = GoodFaithEstimate.Build(prices, [new(CptCodes.Massage, 60, 6, []), new("97010", null, 3, [])]);

        Assert.Equal((knownTotal, complete, anyPrice), (estimate.KnownTotal, estimate.IsComplete, estimate.HasAnyPrice));
    }

    [Theory]
    [InlineData("99999", 60, 1)] // a code the product does not know
    [InlineData(CptCodes.Massage, null, 1)] // a timed code without its minutes
    [InlineData(CptCodes.Massage, 7, 1)] // under 8 minutes bills nothing
    [InlineData("97010", 15, 1)] // an untimed code with minutes
    [InlineData(CptCodes.Massage, 60, 0)]
    public void An_item_that_was_not_read_at_the_edge_is_refused(string code, int? minutes, int sessions) =>
        Assert.Throws<ArgumentException>(() => GoodFaithEstimate.Build(_prices, [new(code, minutes, sessions, [])]));

    [Theory]
    [InlineData(500, 899.99, false)]
    [InlineData(500, 900, true)]
    [InlineData(500, 1200, true)]
    [InlineData(0, 399.99, false)]
    [InlineData(0, 400, true)]
    public void A_bill_400_dollars_or_more_above_the_estimate_may_be_disputed(double estimated, double billed, bool may) =>
        Assert.Equal(may, DisputeRights.MayDispute((decimal)estimated, (decimal)billed));
}
