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

    /// <summary>
    /// Original Medicare pays no massage therapist; 97124 and 97140 are payable only inside medically necessary PT/OT
    /// under a plan of care. The KX threshold is a documentation trigger, not a cap, so no visit limit is set.
    /// </summary>
    public static RuleVersion OriginalMedicare(DateTimeOffset now) => Rule(RuleOwnerKind.Medicare, now, r =>
    {
        r.ServiceCodes = ["97124", "97140"];
        r.Covered = true;
        r.RequiresReferral = true;
        r.RequiresLicensedTherapist = true;
        r.AllowedProviderTypes = [ProviderType.PhysicalTherapist, ProviderType.OccupationalTherapist];
        r.DeductibleApplies = true;
        r.CoinsurancePercent = 20;
        r.EffectiveFrom = new DateOnly(2024, 1, 1);
        r.Source = "Medicare Benefit Policy Manual 100-02 ch.15 s220; 42 CFR 410.61";
        r.Notes = "Massage techniques count only as part of physical or occupational therapy under a plan of care that "
            + "a physician or other practitioner certifies; a massage therapist's own service is not covered. Past the "
            + "yearly therapy threshold (2026: $2,480 for PT and speech combined) the therapist adds the KX modifier "
            + "and documents medical necessity: it is not a hard cap.";
    });

    /// <summary>Colorado's Complementary and Integrative Health waiver: adults 18+ in the waiver only.</summary>
    public static RuleVersion ColoradoWaiver(DateTimeOffset now) => Rule(RuleOwnerKind.Medicaid, now, r =>
    {
        r.StateCode = "CO";
        r.ServiceCodes = ["97124"];
        r.Covered = true;
        r.RequiresPriorAuthorization = true;
        r.MinAge = 18;
        r.EffectiveFrom = new DateOnly(2022, 7, 1);
        r.Source = "hcpf.colorado.gov; 10 CCR 2505-10 section 8.7513";
        r.Notes = "Only for members enrolled in the Complementary and Integrative Health waiver (spinal cord injury, "
            + "multiple sclerosis, brain injury, spina bifida, muscular dystrophy or cerebral palsy, unable to walk "
            + "independently). Enrolment and an approved support plan stand for prior authorization here. Massage, "
            + "acupuncture and chiropractic share at most 408 units per support-plan year.";
    });

    public static IEnumerable<(string Insurer, Plan Plan)> DemoPlans(DateTimeOffset now)
    {
        var acmeGold = NewPlan("acme-ppo-gold", "Acme PPO Gold (demo)", PlanType.Private, NetworkType.Ppo, ["WA", "OR", "CA"], now);
        acmeGold.Rules.Add(AcmeGold(now, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), maxVisits: 10));
        acmeGold.Rules.Add(AcmeGold(now, new DateOnly(2026, 1, 1), null, maxVisits: 12));
        yield return ("Acme Health (demo)", acmeGold);

        var acmeBasic = NewPlan("acme-hmo-basic", "Acme HMO Basic (demo)", PlanType.Private, NetworkType.Hmo, ["WA", "OR"], now);
        acmeBasic.Rules.Add(PlanRule(now, new DateOnly(2025, 1, 1), r =>
        {
            r.ServiceCodes = ["97124", "97140"];
            r.Covered = false;
            r.Notes = "Massage is excluded as a wellness or maintenance service on this plan.";
        }));
        yield return ("Acme Health (demo)", acmeBasic);

        var summit = NewPlan("summit-epo-plus", "Summit EPO Plus (demo)", PlanType.Private, NetworkType.Epo, ["CO", "TX", "NY"], now);
        summit.Rules.Add(PlanRule(now, new DateOnly(2025, 1, 1), r =>
        {
            r.ServiceCodes = ["97124"];
            r.Covered = true;
            r.RequiresPriorAuthorization = true;
            r.RequiresLicensedTherapist = true;
            r.RequiresInNetwork = true;
            r.MaxVisitsPerYear = 6;
            r.CoveredDiagnosisPrefixes = ["M54", "M79", "M62"];
            r.Copay = 40;
            r.Notes = "Massage is covered only as part of a treatment plan for a listed condition.";
        }));
        yield return ("Summit Health (demo)", summit);

        var harbor = NewPlan("harbor-ma-choice", "Harbor Medicare Advantage Choice (demo)", PlanType.MedicareAdvantage, NetworkType.Hmo, ["FL", "GA", "CO"], now);
        harbor.Rules.Add(PlanRule(now, new DateOnly(2025, 1, 1), r =>
        {
            r.ServiceCodes = ["97124"];
            r.Covered = true;
            r.RequiresReferral = true;
            r.ReferralValidDays = 180;
            r.RequiresLicensedTherapist = true;
            r.RequiresInNetwork = true;
            r.AllowedProviderTypes = [ProviderType.MassageTherapist];
            r.MaxVisitsPerYear = 6;
            r.Copay = 20;
            r.Notes = "Therapeutic massage as a supplemental benefit: a state-licensed massage therapist, ordered by a "
                + "physician or other medical professional, to treat an injury or illness.";
        }));
        yield return ("Harbor Senior Health (demo)", harbor);
    }

    private static RuleVersion AcmeGold(DateTimeOffset now, DateOnly from, DateOnly? to, int maxVisits) =>
        PlanRule(now, from, r =>
        {
            r.EffectiveTo = to;
            r.ServiceCodes = ["97124", "97140"];
            r.Covered = true;
            r.RequiresReferral = true;
            r.ReferralValidDays = 90;
            r.RequiresLicensedTherapist = true;
            r.RequiresInNetwork = true;
            r.PriorAuthorizationAfterVisits = 6;
            r.MaxVisitsPerYear = maxVisits;
            r.CoveredDiagnosisPrefixes = ["M54", "M62", "M79", "S13", "S16", "S33"];
            r.Copay = 30;
            r.CoinsurancePercent = 20;
            r.DeductibleApplies = true;
        });

    private static Plan NewPlan(string code, string name, PlanType type, NetworkType network, List<string> states, DateTimeOffset now) =>
        new() { Code = code, Name = name, PlanType = type, NetworkType = network, States = states, UpdatedBy = SeedActor, UpdatedAt = now };

    private static RuleVersion PlanRule(DateTimeOffset now, DateOnly from, Action<RuleVersion> fill) =>
        Rule(RuleOwnerKind.Plan, now, r =>
        {
            r.EffectiveFrom = from;
            r.Source = DemoSource;
            fill(r);
        });

    private const string SeedActor = "seed";

    private static RuleVersion Rule(RuleOwnerKind owner, DateTimeOffset now, Action<RuleVersion> fill)
    {
        var rule = new RuleVersion
        {
            OwnerKind = owner,
            UpdatedBy = owner == RuleOwnerKind.Plan ? SeedActor : MedicaidSeed.SeededBy,
            UpdatedAt = now,
            LastVerified = MedicaidSeed.VerifiedOn,
        };
        fill(rule);
        return rule;
    }
}
