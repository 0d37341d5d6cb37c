using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

public class CoverageCatalogTests
{
    private static readonly CoverageCatalog _catalog = new CatalogBuilder()
        .WithPlan(new PlanEntry("acme-ppo-gold", "Acme Health", "PPO Gold (demo)", PlanType.Private, ["CO", "WA"], NetworkType.Ppo, []))
        .WithPlan(new PlanEntry("acme-hmo", "Acme Health", "HMO Basic (demo)", PlanType.Private, ["OR"], NetworkType.Hmo, []))
        .WithPlan(new PlanEntry("summit-ma", "Summit Care", "Advantage Plus (demo)", PlanType.MedicareAdvantage, ["WA"], NetworkType.Hmo, []))
        .WithMedicaid("CO", CoverageForm.WaiverOnly, null)
        .Build();

    [Theory]
    [InlineData("ACME-PPO-GOLD", "acme-ppo-gold")]
    [InlineData(" acme-hmo ", "acme-hmo")]
    [InlineData("acme", null)]
    [InlineData(null, null)]
    public void Plan_is_found_by_code_ignoring_case(string? code, string? found) => Assert.Equal(found, _catalog.FindPlan(code)?.Code);

    [Theory]
    [InlineData("co", "CO")]
    [InlineData("WA", null)]
    [InlineData(null, null)]
    public void Medicaid_is_found_by_state_ignoring_case(string? state, string? found) =>
        Assert.Equal(found, _catalog.FindMedicaid(state)?.StateCode);

    [Fact]
    public void Catalog_refuses_overlapping_rule_versions()
    {
        var first = new RuleBuilder().WithId(1).InEffect(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)).Build();
        var second = new RuleBuilder().WithId(2).InEffect(new DateOnly(2024, 12, 31)).Build();

        var error = Assert.Throws<ArgumentException>(() => CatalogBuilder.WithPlanRules(first, second));

        Assert.Contains("plan test-ppo-gold: rule 2 overlaps rule 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_refuses_duplicate_plan_codes_and_unknown_states()
    {
        var builder = new CatalogBuilder().WithPlan("dup", PlanType.Private).WithPlan("DUP", PlanType.Private)
            .WithMedicaid("PR", CoverageForm.Unknown, null);

        var error = Assert.Throws<ArgumentException>(builder.Build);

        Assert.Contains("Plan code 'dup' appears 2 times.", error.Message, StringComparison.Ordinal);
        Assert.Contains("State 'PR' is not one of the 50 states and DC.", error.Message, StringComparison.Ordinal);
    }
}
