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

    [Fact]
    public void A_catalog_with_changes_equals_the_catalog_built_whole_and_keeps_every_other_entry()
    {
        var gold = _catalog.FindPlan("acme-ppo-gold")!;
        var hmo = _catalog.FindPlan("acme-hmo")!;
        var renamed = gold with { Name = "Advantage Zero (demo)", Insurer = "Summit Care" };
        var added = new PlanEntry("acme-epo", "Acme Health", "EPO Basic (demo)", PlanType.Private, ["TX"], NetworkType.Epo, []);

        var changed = _catalog.With([gold, hmo], [renamed, added], _catalog.Medicaid, _catalog.Medicare);

        var whole = new CoverageCatalog(
            _catalog.Plans.Where(p => p != gold && p != hmo).Append(renamed).Append(added), _catalog.Medicaid, _catalog.Medicare);
        Assert.Equal(whole.Plans, changed.Plans);
        Assert.Equal(["acme-epo", "summit-ma", "acme-ppo-gold"], changed.Plans.Select(p => p.Code));
        Assert.Same(_catalog.FindPlan("summit-ma"), changed.FindPlan("SUMMIT-MA "));
        Assert.Same(renamed, changed.FindPlan("acme-ppo-gold"));
        Assert.Null(changed.FindPlan("acme-hmo"));
        Assert.Equal("CO", changed.FindMedicaid("co")?.StateCode);
        Assert.Same(gold, _catalog.FindPlan("acme-ppo-gold"));
    }

    [Fact]
    public void A_change_refuses_a_plan_not_in_the_catalog_a_code_taken_and_overlapping_versions()
    {
        var copy = _catalog.FindPlan("acme-hmo")! with { };
        var taken = new PlanEntry("ACME-HMO", "Acme Health", "Again (demo)", PlanType.Private, [], NetworkType.Hmo, []);
        var overlapping = new PlanEntry("acme-new", "Acme Health", "New (demo)", PlanType.Private, [], NetworkType.Hmo,
        [
            new RuleBuilder().WithId(1).InEffect(new DateOnly(2024, 1, 1)).Build(),
            new RuleBuilder().WithId(2).InEffect(new DateOnly(2025, 1, 1)).Build(),
        ]);

        Assert.Throws<ArgumentException>(() => _catalog.With([copy], [], _catalog.Medicaid, null));
        Assert.Contains("Plan code 'ACME-HMO' appears 2 times.",
            Assert.Throws<ArgumentException>(() => _catalog.With([], [taken], _catalog.Medicaid, null)).Message, StringComparison.Ordinal);
        Assert.Contains("plan acme-new: rule 2 overlaps rule 1.",
            Assert.Throws<ArgumentException>(() => _catalog.With([], [overlapping], _catalog.Medicaid, null)).Message, StringComparison.Ordinal);
    }
}
