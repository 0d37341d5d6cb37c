using BenchmarkDotNet.Attributes;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Benchmarks;

/// <summary>One evaluation against a snapshot shaped like the seed, with a few hundred plans to look through.</summary>
[MemoryDiagnoser]
public class EvaluateBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 3, 2);
    private CoverageCatalog _catalog = null!;
    private CoverageRequest _covered = null!;
    private CoverageRequest _conditional = null!;
    private CoverageRequest _indeterminate = null!;
    private CoverageRequest _everyRequirement = null!;
    private CoverageRequest _everyRequirementUnknown = null!;

    [GlobalSetup]
    public void Setup()
    {
        var plans = Enumerable.Range(0, 500).Select(i => new PlanEntry(
            $"plan-{i:000}", $"Insurer {i % 40}", $"Plan {i}", PlanType.Private, ["WA", "CO"], NetworkType.Ppo,
            [Rule(i * 2L, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), Rule(i * 2L + 1, new DateOnly(2026, 1, 1), null)]))
            .Append(new PlanEntry("plan-every", "Insurer 0", "Every requirement", PlanType.Private, ["WA"], NetworkType.Ppo, [EveryRequirement()]));
        var medicaid = MassageCoverage.Core.UsStates.All.Select(s => new MedicaidEntry(
            s.Code, $"{s.Name} Medicaid", CoverageForm.Unknown, null, null, []));
        _catalog = new CoverageCatalog(plans, medicaid, null);

        _covered = new CoverageRequest
        {
            PlanType = PlanType.Private, PlanCode = "plan-250", DiagnosisCodes = ["M54.50"], TherapistLicensed = true,
            InNetwork = true, HasReferral = true, ReferralDate = AsOf.AddDays(-10), VisitsUsed = 2, AsOf = AsOf,
        };
        _conditional = _covered with { TherapistLicensed = null, HasReferral = null, DiagnosisCodes = [] };
        _indeterminate = new CoverageRequest { PlanType = PlanType.Medicaid, State = "TX", AsOf = AsOf };
        _everyRequirement = _covered with
        {
            PlanCode = "plan-every", PriorAuthorizationObtained = true, PatientAge = 40, EnrolledInProgram = true,
            PooledVisitsUsed = 5, PlannedMinutes = 30,
        };
        _everyRequirementUnknown = new CoverageRequest { PlanType = PlanType.Private, PlanCode = "plan-every", VisitsUsed = 6, AsOf = AsOf };
    }

    [Benchmark(Baseline = true)]
    public CoverageDecision Covered() => CoverageEvaluator.Evaluate(_catalog, _covered);

    [Benchmark]
    public CoverageDecision Conditional() => CoverageEvaluator.Evaluate(_catalog, _conditional);

    [Benchmark]
    public CoverageDecision Indeterminate() => CoverageEvaluator.Evaluate(_catalog, _indeterminate);

    /// <summary>Every requirement a rule can ask for at once, with the program-enrollment pathway, a pooled cap and a plan year.</summary>
    [Benchmark]
    public CoverageDecision EveryRequirementAsked() => CoverageEvaluator.Evaluate(_catalog, _everyRequirement);

    /// <summary>
    /// The same rule with no answer known: the most the engine writes, a reason and a step for every requirement but
    /// the provider type and the service.
    /// </summary>
    [Benchmark]
    public CoverageDecision EveryRequirementUnknown() => CoverageEvaluator.Evaluate(_catalog, _everyRequirementUnknown);

    private static CoverageRule EveryRequirement()
    {
        var rule = Rule(9_999, new DateOnly(2026, 1, 1), null);
        return rule with
        {
            Terms = rule.Terms with
            {
                AllowedProviderTypes = [ProviderType.MassageTherapist, ProviderType.PhysicalTherapist],
                MinAge = 18, MaxAge = 64, Pathway = RulePathway.ProgramEnrollment, ProgramName = "Complementary and Integrative Health waiver",
                VisitPool = new VisitPool("rehab", [PooledService.PhysicalTherapy, PooledService.Chiropractic]), MaxMinutesPerVisit = 30,
                BenefitPeriod = BenefitPeriodKind.PlanYear, PlanYearStartMonth = 7, Notes = "Massage counts towards the rehab visit cap.",
            },
        };
    }

    private static CoverageRule Rule(long id, DateOnly from, DateOnly? to) => new(id, from, to, new RuleTerms
    {
        ServiceCodes = ["97124", "97140"], Covered = true, RequiresReferral = true, ReferralValidDays = 90,
        RequiresLicensedTherapist = true, RequiresInNetwork = true, PriorAuthorizationAfterVisits = 6,
        MaxVisitsPerYear = 12, CoveredDiagnosisPrefixes = ["M54", "M62", "M79", "S13", "S16", "S33"], Copay = 30,
    });
}
