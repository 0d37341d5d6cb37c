using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

/// <summary>Step 1: the rule in effect on the as-of date, or indeterminate.</summary>
public class RuleLookupTests
{
    // Version 1 ends 2024-12-31, version 2 starts 2025-02-01: January 2025 has no rule.
    private static readonly CoverageCatalog _twoVersions = CatalogBuilder.WithPlanRules(
        new RuleBuilder().WithId(1).InEffect(Evaluate.Date("2024-01-01"), Evaluate.Date("2024-12-31")).Build(),
        new RuleBuilder().WithId(2).InEffect(Evaluate.Date("2025-02-01")).Build());

    [Theory]
    [InlineData("2024-01-01", 1L)]
    [InlineData("2024-12-31", 1L)]
    [InlineData("2025-02-01", 2L)]
    [InlineData("2031-07-01", 2L)]
    public void As_of_date_picks_the_version_in_effect_that_day(string asOf, long ruleId)
    {
        var decision = CoverageEvaluator.Evaluate(_twoVersions, new RequestBuilder().On(Evaluate.Date(asOf)).Build());

        Assert.Equal(Decision.Covered, decision.Decision);
        Assert.Equal(ruleId, decision.Rule?.Id);
    }

    [Theory]
    [InlineData("2023-12-31")]
    [InlineData("2025-01-01")]
    [InlineData("2025-01-31")]
    public void As_of_date_with_no_version_in_effect_is_indeterminate(string asOf)
    {
        var decision = CoverageEvaluator.Evaluate(_twoVersions, new RequestBuilder().On(Evaluate.Date(asOf)).Build());

        Assert.Equal(Decision.Indeterminate, decision.Decision);
        Assert.Null(decision.Rule);
        Assert.Contains(new Reason(ReasonCode.NoRuleInEffect), decision.Reasons);
        Assert.Equal(Evaluate.Date(asOf), decision.Request.AsOf);
    }

    [Theory]
    [InlineData(PlanType.Private, PlanType.Private, Decision.Covered)]
    [InlineData(PlanType.MedicareAdvantage, PlanType.MedicareAdvantage, Decision.Covered)]
    [InlineData(PlanType.Private, PlanType.MedicareAdvantage, Decision.Indeterminate)]
    [InlineData(PlanType.MedicareAdvantage, PlanType.Private, Decision.Indeterminate)]
    public void Plan_of_another_plan_type_is_no_such_plan(PlanType stored, PlanType asked, Decision expected)
    {
        var catalog = new CatalogBuilder().WithPlan("acme-gold", stored, new RuleBuilder().Build()).Build();

        var decision = CoverageEvaluator.Evaluate(catalog, new RequestBuilder().ForPlan("ACME-Gold", asked).Build());

        Assert.Equal(expected, decision.Decision);
    }

    // Not knowing the plan is an answer: the steps find the plan on the card and ask member services (and, for a
    // Medicare Advantage plan, Medicare itself); a code we do not hold reads as a plan we cannot name either.
    [Theory]
    [InlineData("no-such-plan", PlanType.Private, ReasonCode.PlanNotFound, SummaryCode.CannotTell, false)]
    [InlineData("", PlanType.Private, ReasonCode.NoPlanChosen, SummaryCode.PlanUnknown, false)]
    [InlineData(null, PlanType.Private, ReasonCode.NoPlanChosen, SummaryCode.PlanUnknown, false)]
    [InlineData(null, PlanType.MedicareAdvantage, ReasonCode.NoPlanChosen, SummaryCode.PlanUnknown, true)]
    [InlineData("no-such-plan", PlanType.MedicareAdvantage, ReasonCode.PlanNotFound, SummaryCode.CannotTell, true)]
    public void Unknown_or_missing_plan_is_indeterminate_with_the_steps_to_find_it(
        string? planCode, PlanType type, ReasonCode reason, SummaryCode summary, bool callsMedicare)
    {
        var decision = Evaluate.Plan(new RuleBuilder(), new RequestBuilder().ForPlan(planCode, type));

        Assert.Equal(Decision.Indeterminate, decision.Decision);
        Assert.Equal((summary, new Reason(reason)), (decision.Summary, decision.Reasons.Single()));
        Assert.Empty(decision.Requirements);
        Assert.Null(decision.PriorAuthorization);
        NextStep[] expected = callsMedicare
            ? [NextStep.FindPlanOnCard, NextStep.CallMemberServices, NextStep.CallMedicare, NextStep.AskWhenUnknown, NextStep.KeepRecord]
            : [NextStep.FindPlanOnCard, NextStep.CallMemberServices, NextStep.AskWhenUnknown, NextStep.KeepRecord];
        Assert.Equal(expected, decision.NextSteps);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("TX", "plan-a")]
    public void Not_sure_of_the_kind_of_coverage_is_indeterminate_with_every_way_to_find_out(string? state, string? planCode)
    {
        var catalog = new CatalogBuilder().WithPlan("plan-a", PlanType.Private, new RuleBuilder().Build()).Build();
        var request = new RequestBuilder().ForPlan(planCode, PlanType.NotSure).Build() with { State = state };

        var decision = CoverageEvaluator.Evaluate(catalog, request);

        Assert.Equal((Decision.Indeterminate, SummaryCode.CoverageKindUnknown), (decision.Decision, decision.Summary));
        Assert.Equal([new Reason(ReasonCode.PlanTypeUnknown)], decision.Reasons);
        Assert.Null(decision.Owner);
        Assert.Equal(
            [NextStep.IdentifyCoverageFromCard, NextStep.CallMemberServices, NextStep.CallMedicare, NextStep.CallMedicaidAgency, NextStep.KeepRecord],
            decision.NextSteps);
    }

    [Fact]
    public void A_state_without_reliable_data_sends_the_patient_to_its_Medicaid_agency()
    {
        var catalog = new CatalogBuilder().WithMedicaid("OR", CoverageForm.Unknown, null).Build();

        var decision = CoverageEvaluator.Evaluate(catalog, new RequestBuilder().ForMedicaid("OR").Build());

        Assert.Equal([NextStep.CallMedicaidAgency, NextStep.AskWhenUnknown, NextStep.KeepRecord], decision.NextSteps);
    }

    [Fact]
    public void Medicaid_unknown_form_is_indeterminate_and_explains_with_the_state_note()
    {
        const string note = "Each coordinated care organisation sets its own rules for massage.";
        var catalog = new CatalogBuilder().WithMedicaid("OR", CoverageForm.Unknown, note).Build();

        var decision = CoverageEvaluator.Evaluate(catalog, new RequestBuilder().ForMedicaid("or").Build());

        Assert.Equal(Decision.Indeterminate, decision.Decision);
        Assert.Equal([new Reason(ReasonCode.StateCoverageUnknown), new Reason(ReasonCode.OwnerNote, Text: note)], decision.Reasons);
        Assert.Equal((OwnerKind.Medicaid, "OR"), (decision.Owner?.Kind, decision.Owner?.Code));
        Assert.Contains(NextStep.KeepRecord, decision.NextSteps);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("XX")]
    [InlineData("TX")]
    public void Medicaid_without_a_known_state_entry_is_indeterminate(string? state)
    {
        var catalog = new CatalogBuilder().WithMedicaid("CO", CoverageForm.WaiverOnly, null, new RuleBuilder().Build()).Build();

        Assert.Equal(Decision.Indeterminate, CoverageEvaluator.Evaluate(catalog, new RequestBuilder().ForMedicaid(state).Build()).Decision);
    }

    [Fact]
    public void Medicaid_rule_is_found_by_state()
    {
        var catalog = new CatalogBuilder().WithMedicaid("CO", CoverageForm.WaiverOnly, null, new RuleBuilder().WithId(7).Build()).Build();

        var decision = CoverageEvaluator.Evaluate(catalog, new RequestBuilder().ForMedicaid("co").Build());

        Assert.Equal(Decision.Covered, decision.Decision);
        Assert.Equal((7L, OwnerKind.Medicaid, "CO", new DateOnly(2020, 1, 1)),
            (decision.Rule!.Id, decision.Rule.Owner.Kind, decision.Rule.Owner.Code, decision.Rule.EffectiveFrom));
    }

    [Fact]
    public void Medicaid_known_form_with_no_rule_in_effect_is_indeterminate()
    {
        var catalog = new CatalogBuilder().WithMedicaid("CO", CoverageForm.WaiverOnly, null,
            new RuleBuilder().InEffect(Evaluate.Date("2026-01-01")).Build()).Build();

        Assert.Equal(Decision.Indeterminate, CoverageEvaluator.Evaluate(catalog, new RequestBuilder().ForMedicaid("CO").Build()).Decision);
    }

    [Theory]
    [InlineData(ProviderType.MassageTherapist, Decision.NotCovered)]
    [InlineData(ProviderType.PhysicalTherapist, Decision.Conditional)]
    public void Medicare_uses_its_own_rule(ProviderType provider, Decision expected)
    {
        var catalog = new CatalogBuilder().WithMedicare(new RuleBuilder().Covering("97124", "97140").RequiringReferral()
            .AllowingProviders(ProviderType.PhysicalTherapist, ProviderType.OccupationalTherapist).Build()).Build();

        var decision = CoverageEvaluator.Evaluate(catalog, new RequestBuilder().ForMedicare().By(provider).Build());

        Assert.Equal(expected, decision.Decision);
        Assert.Equal(OwnerKind.Medicare, decision.Rule?.Owner.Kind);
    }

    [Fact]
    public void Medicare_missing_from_the_catalog_is_indeterminate() =>
        Assert.Equal(Decision.Indeterminate, CoverageEvaluator.Evaluate(CoverageCatalog.Empty, new RequestBuilder().ForMedicare().Build()).Decision);
}
