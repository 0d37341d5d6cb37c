using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

public class RuleVersionsTests
{
    private static CoverageRule Version(long id, string from, string? to) =>
        new RuleBuilder().WithId(id).InEffect(Evaluate.Date(from), to is null ? null : Evaluate.Date(to)).Build();

    [Theory]
    [InlineData("2024-01-01", "2024-12-31", "2025-01-01", null, 0)]
    [InlineData("2024-01-01", "2024-06-30", "2025-01-01", "2025-12-31", 0)]
    [InlineData("2024-01-01", "2024-12-31", "2024-12-31", null, 1)]
    [InlineData("2024-01-01", null, "2030-01-01", null, 1)]
    [InlineData("2024-03-01", "2024-05-31", "2024-01-01", "2024-12-31", 1)]
    public void Overlaps_are_versions_sharing_a_day(string firstFrom, string? firstTo, string secondFrom, string? secondTo, int overlaps) =>
        Assert.Equal(overlaps, RuleVersions.FindOverlaps([Version(1, firstFrom, firstTo), Version(2, secondFrom, secondTo)]).Count);

    [Fact]
    public void Overlap_names_both_versions()
    {
        var overlap = Assert.Single(RuleVersions.FindOverlaps([Version(9, "2025-01-01", null), Version(8, "2024-01-01", null)]));

        Assert.Equal((8L, 9L), (overlap.Earlier.Id, overlap.Later.Id));
    }

    [Theory]
    [InlineData("2023-12-31", false)]
    [InlineData("2024-01-01", true)]
    [InlineData("2024-12-31", true)]
    [InlineData("2025-01-01", false)]
    public void Rule_is_in_effect_between_both_dates_inclusive(string date, bool inEffect) =>
        Assert.Equal(inEffect, Version(1, "2024-01-01", "2024-12-31").IsInEffectOn(Evaluate.Date(date)));
}
