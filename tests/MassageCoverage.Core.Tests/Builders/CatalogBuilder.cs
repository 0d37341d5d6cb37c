using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Core.Tests.Builders;

public sealed class CatalogBuilder
{
    public const string PlanCode = "test-ppo-gold";

    private readonly List<PlanEntry> _plans = [];
    private readonly List<MedicaidEntry> _medicaid = [];
    private MedicareEntry? _medicare;

    /// <summary>A catalog holding one private plan, <see cref="PlanCode"/>, with these rule versions.</summary>
    public static CoverageCatalog WithPlanRules(params CoverageRule[] rules) => new CatalogBuilder().WithPlan(PlanCode, PlanType.Private, rules).Build();

    public CatalogBuilder WithPlan(string code, PlanType type, params CoverageRule[] rules) =>
        WithPlan(new PlanEntry(code, "Test Health", $"Plan {code} (demo)", type, ["CO", "WA"], NetworkType.Ppo, rules));

    public CatalogBuilder WithPlan(PlanEntry plan)
    {
        _plans.Add(plan);
        return this;
    }

    public CatalogBuilder WithMedicaid(string state, CoverageForm form, string? note, params CoverageRule[] rules)
    {
        _medicaid.Add(new MedicaidEntry(state, $"{state} test program", form, "Adults", note, rules));
        return this;
    }

    public CatalogBuilder WithMedicare(params CoverageRule[] rules)
    {
        _medicare = new MedicareEntry(rules);
        return this;
    }

    public CoverageCatalog Build() => new(_plans, _medicaid, _medicare);
}
