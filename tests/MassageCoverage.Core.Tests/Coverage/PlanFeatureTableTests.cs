using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

/// <summary>
/// The rule fields real plans use (docs/domain.md sections 2-5), each pinned at its boundaries: the pathway, session
/// length in timed units, a pooled visit cap and the benefit period.
/// </summary>
public class PlanFeatureTableTests
{
    private static CoverageDecision Decide(CoverageRule rule, CoverageRequest request) =>
        CoverageEvaluator.Evaluate(CatalogBuilder.WithPlanRules(rule), request);

    private static CoverageRule Rule => new RuleBuilder().Build();

    private static CoverageRule WithTerms(RuleTerms terms) => Rule with { Terms = terms };

    private static CoverageRequest Request => new RequestBuilder().Build();

    [Theory]
    [InlineData(7, 0)]
    [InlineData(8, 1)]
    [InlineData(22, 1)]
    [InlineData(23, 2)]
    [InlineData(37, 2)]
    [InlineData(38, 3)]
    [InlineData(52, 3)]
    [InlineData(53, 4)]
    [InlineData(67, 4)]
    [InlineData(68, 5)]
    [InlineData(480, 32)]
    public void Both_unit_rules_give_the_same_units_for_a_single_timed_code(int minutes, int units)
    {
        Assert.Equal(units, TimedUnits.Of(minutes, UnitRule.CmsEightMinute));
        Assert.Equal(units, TimedUnits.Of(minutes, UnitRule.CptMidpoint));
    }

    [Theory]
    [InlineData(null, RequirementStatus.Unknown, Decision.Conditional)]
    [InlineData(30, RequirementStatus.Met, Decision.Covered)]
    [InlineData(29, RequirementStatus.Met, Decision.Covered)]
    [InlineData(31, RequirementStatus.Unmet, Decision.Conditional)]
    [InlineData(60, RequirementStatus.Unmet, Decision.Conditional)]
    public void A_session_longer_than_the_rule_pays_for_is_conditional_never_refused(
        int? planned, RequirementStatus status, Decision expected)
    {
        var decision = Decide(WithTerms(Rule.Terms with { MaxMinutesPerVisit = 30 }), Request with { PlannedMinutes = planned });

        Assert.Equal(status, decision.Requirement(RequirementCode.SessionLength).Status);
        Assert.Equal(expected, decision.Decision);
    }

    [Fact]
    public void One_minute_over_the_maximum_is_unmet_even_when_the_units_are_equal()
    {
        // 30 and 31 minutes are both 2 units; the plan pays for 30 minutes, so one minute is not covered.
        var decision = Decide(WithTerms(Rule.Terms with { MaxMinutesPerVisit = 30 }), Request with { PlannedMinutes = 31 });

        Assert.Equal(RequirementStatus.Unmet, decision.Requirement(RequirementCode.SessionLength).Status);
        Assert.Equal(new SessionUnits(2, 2, UnitRule.CmsEightMinute), decision.Units);
    }

    [Fact]
    public void Units_covered_are_the_smaller_of_the_planned_units_and_the_units_of_the_maximum()
    {
        var decision = Decide(WithTerms(Rule.Terms with { MaxMinutesPerVisit = 30, UnitRule = UnitRule.CptMidpoint }), Request with { PlannedMinutes = 60 });

        Assert.Equal(new SessionUnits(4, 2, UnitRule.CptMidpoint), decision.Units);
    }

    [Theory]
    [InlineData(null, RequirementStatus.Unknown, Decision.Conditional, null)]
    [InlineData(10, RequirementStatus.Met, Decision.Covered, 10)]
    [InlineData(19, RequirementStatus.Met, Decision.Covered, 1)]
    [InlineData(20, RequirementStatus.Unmet, Decision.NotCovered, 0)]
    [InlineData(25, RequirementStatus.Unmet, Decision.NotCovered, 0)]
    public void A_pooled_cap_counts_every_pooled_visit(int? pooledUsed, RequirementStatus status, Decision expected, int? remaining)
    {
        var pool = new VisitPool("rehab", [PooledService.PhysicalTherapy, PooledService.OccupationalTherapy, PooledService.Chiropractic]);

        // Two massage visits used: with a pool, only the pooled count decides.
        var decision = Decide(WithTerms(Rule.Terms with { MaxVisitsPerYear = 20, VisitPool = pool }),
            Request with { VisitsUsed = 2, PooledVisitsUsed = pooledUsed });

        Assert.Equal(status, decision.Requirement(RequirementCode.VisitLimit).Status);
        Assert.Equal(expected, decision.Decision);
        Assert.Equal(remaining, decision.VisitsRemaining);
    }

    [Theory]
    [InlineData(RulePathway.ProgramEnrollment, RequirementCode.ProgramEnrollment)]
    [InlineData(RulePathway.WithinTherapyPlanOfCare, RequirementCode.PlanOfCare)]
    [InlineData(RulePathway.SameDayTherapyAdjunct, RequirementCode.SameDayTherapy)]
    public void A_pathway_is_met_by_its_answer_and_conditional_otherwise(RulePathway pathway, RequirementCode code)
    {
        var rule = WithTerms(Rule.Terms with
        {
            Pathway = pathway,
            ProgramName = pathway == RulePathway.ProgramEnrollment ? "Complementary and Integrative Health waiver" : null,
        });

        foreach (var (answer, status, expected) in new (bool?, RequirementStatus, Decision)[]
                 {
                     (true, RequirementStatus.Met, Decision.Covered),
                     (false, RequirementStatus.Unmet, Decision.Conditional),
                     (null, RequirementStatus.Unknown, Decision.Conditional),
                 })
        {
            var request = Request with { EnrolledInProgram = answer, InTherapyPlanOfCare = answer, TherapyVisitSameDay = answer };
            var decision = Decide(rule, request);

            Assert.Equal(status, decision.Requirement(code).Status);
            Assert.Equal(expected, decision.Decision);
            Assert.Equal(pathway, decision.Pathway);
        }
    }

    [Fact]
    public void A_standalone_rule_asks_for_no_pathway_requirement()
    {
        var decision = Decide(Rule, Request);

        Assert.DoesNotContain(decision.Requirements, r => r.Code is RequirementCode.ProgramEnrollment
            or RequirementCode.PlanOfCare or RequirementCode.SameDayTherapy or RequirementCode.SessionLength);
    }

    [Fact]
    public void A_waiver_rule_carries_the_waiver_for_the_summary()
    {
        var decision = Decide(WithTerms(Rule.Terms with { Pathway = RulePathway.ProgramEnrollment, ProgramName = "Complementary and Integrative Health waiver" }),
            Request with { EnrolledInProgram = null });

        Assert.Equal(
            (SummaryCode.CoversOnceMet, RulePathway.ProgramEnrollment, "Complementary and Integrative Health waiver"),
            (decision.Summary, decision.Pathway, decision.ProgramName));
    }

    [Theory]
    [InlineData(null, "2026-06-30", "2026-01-01", "2026-12-31")]
    [InlineData(null, "2026-01-01", "2026-01-01", "2026-12-31")]
    [InlineData(null, "2025-12-31", "2025-01-01", "2025-12-31")]
    [InlineData(7, "2026-06-30", "2025-07-01", "2026-06-30")]
    [InlineData(7, "2026-07-01", "2026-07-01", "2027-06-30")]
    [InlineData(2, "2028-02-29", "2028-02-01", "2029-01-31")]
    public void The_benefit_period_holds_the_as_of_date(int? planYearStart, string asOf, string start, string end)
    {
        var rule = planYearStart is { } month
            ? WithTerms(Rule.Terms with { BenefitPeriod = BenefitPeriodKind.PlanYear, PlanYearStartMonth = month })
            : Rule;

        var decision = Decide(rule with { EffectiveFrom = new DateOnly(2020, 1, 1) }, Request with { AsOf = Evaluate.Date(asOf) });

        Assert.Equal(new BenefitPeriod(Evaluate.Date(start), Evaluate.Date(end)), decision.BenefitPeriod);
        Assert.Equal(Evaluate.Date(end).AddDays(1), decision.BenefitPeriod!.RenewsOn());
    }

    [Fact]
    public void A_massage_therapist_under_Original_Medicare_is_not_covered_and_shown_no_cost_share()
    {
        var medicare = WithTerms(Rule.Terms with
        {
            Pathway = RulePathway.WithinTherapyPlanOfCare,
            AllowedProviderTypes = [ProviderType.PhysicalTherapist, ProviderType.OccupationalTherapist],
            CoinsurancePercent = 20,
            DeductibleApplies = true,
        });
        var catalog = new CatalogBuilder().WithMedicare(medicare).Build();

        var massageTherapist = CoverageEvaluator.Evaluate(catalog, new RequestBuilder().ForMedicare().Build());
        var physicalTherapist = CoverageEvaluator.Evaluate(catalog,
            new RequestBuilder().ForMedicare().By(ProviderType.PhysicalTherapist).Build() with { InTherapyPlanOfCare = null });

        Assert.Equal(Decision.NotCovered, massageTherapist.Decision);
        Assert.Null(massageTherapist.CostShare);
        Assert.Equal(Decision.Conditional, physicalTherapist.Decision);
        Assert.Equal(RequirementStatus.Unknown, physicalTherapist.Requirement(RequirementCode.PlanOfCare).Status);
        Assert.NotNull(physicalTherapist.CostShare);
    }
}
