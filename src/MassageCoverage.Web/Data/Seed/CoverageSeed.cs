using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Data.Seed;

/// <summary>
/// Rules from docs/domain.md (Original Medicare section 3, Colorado section 4) and a few private plans that are
/// plainly demo data: their names end in "(demo)" and their source says so. Amounts and limits are data, never code.
/// </summary>
internal static class CoverageSeed
{
    public const string DemoSource = "Demo data for trying the app: not a real plan";

    public const string MedicareSource = "Medicare Benefit Policy Manual 100-02 ch.15 s220; 42 CFR 410.61";

    public const string ColoradoSource = "hcpf.colorado.gov; 10 CCR 2505-10 section 8.7513";

    /// <summary>The waiver's name since 2022-07-01 (formerly the Spinal Cord Injury waiver).</summary>
    public const string ColoradoProgram = "Complementary and Integrative Health waiver";

    /// <summary>
    /// Original Medicare pays no massage therapist; 97124 and 97140 are payable only inside medically necessary PT/OT
    /// under a plan of care. The KX threshold is a documentation trigger, not a cap, so no visit limit is set.
    /// </summary>
    public static RuleVersion OriginalMedicare(DateTimeOffset now) => Rule(RuleOwnerKind.Medicare, now, new DateOnly(2024, 1, 1), new()
    {
        ServiceCodes = ["97124", "97140"],
        Covered = true,
        Pathway = RulePathway.WithinTherapyPlanOfCare,
        RequiresReferral = true,
        RequiresLicensedTherapist = true,
        AllowedProviderTypes = [ProviderType.PhysicalTherapist, ProviderType.OccupationalTherapist],
        DeductibleApplies = true,
        CoinsurancePercent = 20,
        Source = MedicareSource,
        LastVerified = MedicaidSeed.VerifiedOn,
        Notes = "Massage techniques count only as part of physical or occupational therapy under a plan of care that "
            + "a physician or other practitioner certifies; a massage therapist's own service is not covered. Past the "
            + "yearly therapy threshold (2026: $2,480 for PT and speech combined) the therapist adds the KX modifier "
            + "and documents medical necessity: it is not a hard cap.",
    });

    /// <summary>Colorado's Complementary and Integrative Health waiver: adults 18+ in the waiver only.</summary>
    public static RuleVersion ColoradoWaiver(DateTimeOffset now) => Rule(RuleOwnerKind.Medicaid, now, new DateOnly(2022, 7, 1), new()
    {
        ServiceCodes = ["97124"],
        Covered = true,
        Pathway = RulePathway.ProgramEnrollment,
        ProgramName = ColoradoProgram,
        RequiresPriorAuthorization = true,
        MinAge = 18,
        Source = ColoradoSource,
        LastVerified = MedicaidSeed.VerifiedOn,
        Notes = "Only for members enrolled in the Complementary and Integrative Health waiver (spinal cord injury, "
            + "multiple sclerosis, brain injury, spina bifida, muscular dystrophy or cerebral palsy, unable to walk "
            + "independently). Enrolment and an approved support plan stand for prior authorization here. Massage, "
            + "acupuncture and chiropractic share at most 408 units per support-plan year.",
    }, stateCode: "CO");

    public static IEnumerable<(string Insurer, Plan Plan)> DemoPlans(DateTimeOffset now)
    {
        var acmeGold = NewPlan("acme-ppo-gold", "Acme PPO Gold (demo)", PlanType.Private, NetworkType.Ppo, ["WA", "OR", "CA"], now);
        acmeGold.Rules.Add(AcmeGold(now, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), maxVisits: 10));
        acmeGold.Rules.Add(AcmeGold(now, new DateOnly(2026, 1, 1), null, maxVisits: 12));
        yield return ("Acme Health (demo)", acmeGold);

        var acmeBasic = NewPlan("acme-hmo-basic", "Acme HMO Basic (demo)", PlanType.Private, NetworkType.Hmo, ["WA", "OR"], now);
        acmeBasic.Rules.Add(PlanRule(now, new DateOnly(2025, 1, 1), new()
        {
            ServiceCodes = ["97124", "97140"],
            Covered = false,
            Notes = "Massage is excluded as a wellness or maintenance service on this plan.",
        }));
        yield return ("Acme Health (demo)", acmeBasic);

        var summit = NewPlan("summit-epo-plus", "Summit EPO Plus (demo)", PlanType.Private, NetworkType.Epo, ["CO", "TX", "NY"], now);
        summit.Rules.Add(PlanRule(now, new DateOnly(2025, 1, 1), new()
        {
            ServiceCodes = ["97124"],
            Covered = true,
            RequiresPriorAuthorization = true,
            RequiresLicensedTherapist = true,
            RequiresInNetwork = true,
            MaxVisitsPerYear = 6,
            CoveredDiagnosisPrefixes = ["M54", "M79", "M62"],
            Copay = 40,
            Notes = "Massage is covered only as part of a treatment plan for a listed condition.",
        }));
        yield return ("Summit Health (demo)", summit);

        var harbor = NewPlan("harbor-ma-choice", "Harbor Medicare Advantage Choice (demo)", PlanType.MedicareAdvantage, NetworkType.Hmo, ["FL", "GA", "CO"], now);
        harbor.Rules.Add(PlanRule(now, new DateOnly(2025, 1, 1), new()
        {
            ServiceCodes = ["97124"],
            Covered = true,
            RequiresReferral = true,
            ReferralValidDays = 180,
            RequiresLicensedTherapist = true,
            RequiresInNetwork = true,
            AllowedProviderTypes = [ProviderType.MassageTherapist],
            MaxVisitsPerYear = 6,
            Copay = 20,
            Notes = "Therapeutic massage as a supplemental benefit: a state-licensed massage therapist, ordered by a "
                + "physician or other medical professional, to treat an injury or illness.",
        }));
        yield return ("Harbor Senior Health (demo)", harbor);
    }

    private static RuleVersion AcmeGold(DateTimeOffset now, DateOnly from, DateOnly? to, int maxVisits) =>
        PlanRule(now, from, to, new()
        {
            ServiceCodes = ["97124", "97140"],
            Covered = true,
            RequiresReferral = true,
            ReferralValidDays = 90,
            RequiresLicensedTherapist = true,
            RequiresInNetwork = true,
            PriorAuthorizationAfterVisits = 6,
            MaxVisitsPerYear = maxVisits,
            CoveredDiagnosisPrefixes = ["M54", "M62", "M79", "S13", "S16", "S33"],
            Copay = 30,
            CoinsurancePercent = 20,
            DeductibleApplies = true,
        });

    private static Plan NewPlan(string code, string name, PlanType type, NetworkType network, List<string> states, DateTimeOffset now) =>
        new() { Code = code, Name = name, PlanType = type, NetworkType = network, States = states, UpdatedBy = SeedActor, UpdatedAt = now };

    private static RuleVersion PlanRule(DateTimeOffset now, DateOnly from, RuleTerms terms) => PlanRule(now, from, null, terms);

    private static RuleVersion PlanRule(DateTimeOffset now, DateOnly from, DateOnly? to, RuleTerms terms) =>
        Rule(RuleOwnerKind.Plan, now, from, terms with { Source = DemoSource, LastVerified = MedicaidSeed.VerifiedOn }, effectiveTo: to);

    private const string SeedActor = "seed";

    private static RuleVersion Rule(RuleOwnerKind owner, DateTimeOffset now, DateOnly from, RuleTerms terms,
        DateOnly? effectiveTo = null, string? stateCode = null) => new()
    {
        OwnerKind = owner,
        StateCode = stateCode,
        EffectiveFrom = from,
        EffectiveTo = effectiveTo,
        Terms = terms,
        UpdatedBy = owner == RuleOwnerKind.Plan ? SeedActor : MedicaidSeed.SeededBy,
        UpdatedAt = now,
    };
}
