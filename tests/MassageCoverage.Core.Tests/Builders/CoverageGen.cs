using CsCheck;
using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Core.Tests.Builders;

/// <summary>
/// Random rules and requests for property tests, over every field of both (pathways, pools, session length, plan
/// years); the rule is in effect through 2025, the as-of date sometimes outside it.
/// </summary>
public static class CoverageGen
{
    private static readonly DateOnly _ruleFrom = new(2024, 1, 1);

    // A diagnosis that starts with each prefix a generated rule may list.
    public static readonly IReadOnlyDictionary<string, string> MatchingCode = new Dictionary<string, string>
    {
        ["M54"] = "M54.50", ["M62.83"] = "M62.830", ["S13"] = "S13.4XXA",
    };

    private static readonly Gen<bool?> _answer = Gen.OneOf<bool?>(null, true, false);

    private static readonly Gen<VisitPool?> _pool = Gen.OneOf<VisitPool?>(
        null, null,
        new VisitPool("rehab", [PooledService.PhysicalTherapy, PooledService.OccupationalTherapy, PooledService.Chiropractic]),
        new VisitPool("therapy visits", []),
        new VisitPool(" ", [PooledService.Acupuncture, PooledService.Acupuncture]));

    // The pathway, the visit pool, the session's length and the benefit period: the fields added with the plan features.
    private static readonly Gen<(RulePathway, string?, VisitPool?, int?, UnitRule, int?, string?)> _features = Gen.Select(
        Gen.Enum<RulePathway>(),
        Gen.OneOf<string?>(null, "Complementary and Integrative Health waiver", "the pilot", " "),
        _pool,
        Gen.Int[1, 60].Nullable(0.5),
        Gen.Enum<UnitRule>(),
        Gen.Int[1, 12].Nullable(0.6),
        Gen.OneOf<string?>(null, null, "Massage counts towards the rehab visit cap."),
        (pathway, program, pool, minutes, unitRule, month, notes) => (pathway, program, pool, minutes, unitRule, month, notes));

    private static readonly Gen<CoverageRule> _baseRule = Gen.Select(
        Gen.Select(Gen.Int[0, 5], Gen.Bool, Gen.Int[0, 60].Nullable(0.5), Gen.Bool, Gen.Int[0, 10].Nullable(0.6), Gen.Bool, Gen.Bool),
        Gen.Select(
            Gen.OneOf<ProviderType[]>([], [ProviderType.MassageTherapist], [ProviderType.PhysicalTherapist, ProviderType.OccupationalTherapist]),
            Gen.Int[1, 20].Nullable(0.5),
            Gen.OneOf<string[]>([], ["M54"], ["M62.83", "S13"]),
            Gen.Int[0, 40].Nullable(0.6),
            Gen.Int[40, 90].Nullable(0.6),
            Gen.OneOf<string[]>(["97124"], ["97124", "97140"], ["97140"])),
        (a, b) => new CoverageRule(1, _ruleFrom, new DateOnly(2025, 12, 31), new RuleTerms
        {
            Covered = a.Item1 > 0,
            RequiresReferral = a.Item2,
            ReferralValidDays = a.Item3,
            RequiresPriorAuthorization = a.Item4,
            PriorAuthorizationAfterVisits = a.Item5,
            RequiresLicensedTherapist = a.Item6,
            RequiresInNetwork = a.Item7,
            AllowedProviderTypes = b.Item1,
            MaxVisitsPerYear = b.Item2,
            CoveredDiagnosisPrefixes = b.Item3,
            MinAge = b.Item4,
            MaxAge = b.Item5,
            ServiceCodes = b.Item6,
        }));

    public static readonly Gen<CoverageRule> Rule = Gen.Select(_baseRule, _features, (rule, f) => rule with
    {
        Terms = rule.Terms with
        {
            Pathway = f.Item1,
            ProgramName = f.Item2,
            VisitPool = f.Item3,
            MaxMinutesPerVisit = f.Item4,
            UnitRule = f.Item5,
            BenefitPeriod = f.Item6 is null ? BenefitPeriodKind.CalendarYear : BenefitPeriodKind.PlanYear,
            PlanYearStartMonth = f.Item6,
            Notes = f.Item7,
        },
    });

    private static readonly Gen<CoverageRequest> _baseRequest = Gen.Select(
        Gen.Select(
            Gen.OneOf(PlanType.Private, PlanType.Private, PlanType.Private, PlanType.MedicareAdvantage),
            Gen.OneOf("97124", "97124", "97140"),
            Gen.OneOf<string[]>([], ["M54.50"], ["m62.830"], ["S13.4XXA", "M79.7"], ["M79.7"]),
            Gen.Enum<ProviderType>(),
            _answer,
            _answer,
            _answer),
        Gen.Select(Gen.Int[0, 90].Nullable(0.3), _answer, Gen.Int[0, 25], Gen.Int[0, 100].Nullable(0.5), Gen.Int[-20, 740]),
        (a, b) =>
        {
            var asOf = _ruleFrom.AddDays(b.Item5);
            return new CoverageRequest
            {
                PlanType = a.Item1,
                PlanCode = CatalogBuilder.PlanCode,
                ServiceCode = a.Item2,
                DiagnosisCodes = a.Item3,
                ProviderType = a.Item4,
                TherapistLicensed = a.Item5,
                InNetwork = a.Item6,
                HasReferral = a.Item7,
                ReferralDate = b.Item1 is { } days ? asOf.AddDays(-days) : null,
                PriorAuthorizationObtained = b.Item2,
                VisitsUsed = b.Item3,
                PatientAge = b.Item4,
                AsOf = asOf,
            };
        });

    public static readonly Gen<CoverageRequest> Request = Gen.Select(
        _baseRequest, _answer, _answer, _answer, Gen.Int[0, 25].Nullable(0.3), Gen.Int[0, 90].Nullable(0.3),
        (request, enrolled, planOfCare, sameDay, pooled, minutes) => request with
        {
            EnrolledInProgram = enrolled,
            InTherapyPlanOfCare = planOfCare,
            TherapyVisitSameDay = sameDay,
            PooledVisitsUsed = pooled,
            PlannedMinutes = minutes,
        });
}
