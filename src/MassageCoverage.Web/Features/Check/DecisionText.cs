using System.Globalization;
using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;

// Every switch below names each value of its enum, so the compiler (CS8509) reports a code that has no words; a
// value outside the enum is not a code the engine returns.
#pragma warning disable CS8524

namespace MassageCoverage.Web.Features.Check;

/// <summary>
/// The engine's codes in English, in one place: the summary, each requirement's detail, the reasons, the next steps
/// and the insurer questions. The values come from the decision (its request, matched rule and owner), so every page,
/// the API and saved checks say the same words.
/// </summary>
public static partial class DecisionText
{
    public static string Summary(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var (owner, service) = (Owner(decision.Owner), Service(decision));
        var summary = decision.Summary switch
        {
            SummaryCode.CannotTell => $"We cannot tell whether {owner} covers {service}; "
                + $"{Whom(decision.Request.PlanType)} can tell you.",
            SummaryCode.CoverageKindUnknown => $"We can tell whether {service} is covered once we know the kind of coverage you have: "
                + "the steps below show how to find out from your insurance card.",
            SummaryCode.PlanUnknown => $"We can tell whether {service} is covered once we know which plan you have: "
                + "its name is on your insurance card.",
            SummaryCode.DoesNotCoverService => $"{owner} does not cover {service}.",
            SummaryCode.Covers => $"{owner} covers {service} in the situation you described; "
                + $"confirm with {Whom(decision.Request.PlanType)} before the visit.",
            SummaryCode.CoversOnceMet => $"{owner} can cover {service} once {Broken(decision)} "
                + $"{(Broken(decision) == 1 ? "requirement below is" : "requirements below are")} met or confirmed.",
            SummaryCode.DoesNotCoverSituation => $"{owner} does not cover {service} in the situation you described.",
        };
        var fromOutcomes = decision.Summary is SummaryCode.Covers or SummaryCode.CoversOnceMet or SummaryCode.DoesNotCoverSituation;
        return fromOutcomes && Headline(decision.Pathway, decision.ProgramName) is { } headline ? $"{headline}: {summary}" : summary;
    }

    /// <summary>Why a requirement stands as it does, with the rule's limits and the patient's answers.</summary>
    public static string Detail(RequirementOutcome outcome, CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var (rule, request) = (Rule(decision), decision.Request);
        return outcome.Finding switch
        {
            Finding.ServiceListed => $"{Service(decision)} is on the list of services this rule covers.",
            Finding.ServiceNotListed => $"{Service(decision)} is not on the list of services this rule covers ({Listed(rule)}).",
            Finding.Enrolled => $"You are enrolled in {Program(rule.ProgramName)}, which this rule needs.",
            Finding.NotEnrolled => $"This rule pays for massage only for people enrolled in {Program(rule.ProgramName)}, and you are not enrolled.",
            Finding.EnrollmentUnknown => $"This rule pays for massage only for people enrolled in {Program(rule.ProgramName)}; we do not know whether you are.",
            Finding.ProviderAllowed => $"This rule pays for massage given by a {request.ProviderType.Label()}.",
            Finding.ProviderNotAllowed =>
                $"This rule pays for massage only when a {ProviderTypeText.List(rule.AllowedProviderTypes)} gives it, not a {request.ProviderType.Label()}.",
            Finding.InPlanOfCare => "The massage is part of your physical or occupational therapy plan of care, as this rule needs.",
            Finding.NotInPlanOfCare => "This rule pays for massage only as part of physical or occupational therapy under a plan of care, and yours is not.",
            Finding.PlanOfCareUnknown =>
                "This rule pays for massage only as part of physical or occupational therapy under a plan of care; we do not know whether yours is.",
            Finding.SameDayVisit => "You have a physical or occupational therapy visit on the same day, as this rule needs.",
            Finding.NoSameDayVisit =>
                "This rule pays for massage only on a day you also have a physical or occupational therapy visit, and you have none that day.",
            Finding.SameDayVisitUnknown =>
                "This rule pays for massage only on a day you also have a physical or occupational therapy visit; we do not know whether you have one that day.",
            Finding.ReferralUnknown => $"This rule needs a referral from a healthcare provider{Validity(rule)}; we do not know whether you have one.",
            Finding.NoReferral => $"This rule needs a referral from a healthcare provider{Validity(rule)}, and you do not have one.",
            Finding.ReferralHeld => "You have a referral, as this rule needs.",
            Finding.ReferralDateUnknown => $"This rule accepts a referral for {rule.ReferralValidDays} days; we do not know your referral's date.",
            Finding.ReferralDatedAfterVisit =>
                $"Your referral's date is after the date of the visit; this rule accepts a referral for {rule.ReferralValidDays} days.",
            Finding.ReferralValid => $"Your referral is {outcome.Count} days old; this rule accepts it for {rule.ReferralValidDays} days.",
            Finding.ReferralExpired => $"Your referral is {outcome.Count} days old; this rule accepts it for only {rule.ReferralValidDays} days.",
            Finding.DiagnosisUnknown => $"This rule covers massage only for {CoveredDiagnoses(rule)}; we do not know the diagnosis.",
            Finding.DiagnosisCovered => $"The diagnosis {IcdCode.Format(IcdCode.Normalise(request.DiagnosisCodes[outcome.Count ?? 0]))} is one this rule covers.",
            Finding.DiagnosisNotCovered => $"This rule covers massage only for {CoveredDiagnoses(rule)}; "
                + $"{string.Join(", ", request.DiagnosisCodes.Select(c => IcdCode.Format(IcdCode.Normalise(c))))} is not among them.",
            Finding.Licensed => "Your therapist is licensed, as this rule needs.",
            Finding.NotLicensed => "This rule pays only for a state-licensed therapist, and yours is not licensed.",
            Finding.LicenceUnknown => "This rule pays only for a state-licensed therapist; we do not know whether yours is licensed.",
            Finding.InNetwork => "Your therapist is in the plan's network, as this rule needs.",
            Finding.OutOfNetwork => "This rule pays only for therapists in the plan's network, and yours is not in it.",
            Finding.NetworkUnknown => "This rule pays only for therapists in the plan's network; we do not know whether yours is in it.",
            Finding.AuthorizationObtained => $"This rule needs prior authorization {AuthorizationWhen(rule, outcome)}, and you have it.",
            Finding.AuthorizationNotYetNeeded => $"Prior authorization is not needed for this visit (visit {outcome.Count}); "
                + $"this rule needs it after {rule.PriorAuthorizationAfterVisits} massage visits in a benefit period.",
            Finding.AuthorizationMissing => $"This rule needs prior authorization {AuthorizationWhen(rule, outcome)}, and you do not have it.",
            Finding.AuthorizationUnknown => $"This rule needs prior authorization {AuthorizationWhen(rule, outcome)}; we do not know whether you have it.",
            Finding.AgeUnknown => $"This rule covers massage only for {AgeLimits(rule)}; we do not know the patient's age.",
            Finding.AgeOutsideLimits => $"This rule covers massage only for {AgeLimits(rule)}; the patient is {outcome.Count}.",
            Finding.AgeWithinLimits => $"The patient's age ({outcome.Count}) is within this rule's limits ({AgeLimits(rule)}).",
            Finding.SessionLengthUnknown => $"This rule pays for sessions of up to {SessionLimit(rule)}; we do not know how long yours will be.",
            Finding.SessionWithinLimit => $"Your {outcome.Count}-minute session is within the {SessionLimit(rule)} this rule pays for.",
            Finding.SessionTooLong => $"This rule pays for up to {SessionLimit(rule)}; of your {request.PlannedMinutes}-minute session it covers "
                + $"{Units(outcome.Count ?? 0)}, and {MinutesOver(rule, request)} minutes are not covered.",
            Finding.VisitsUsedUnknown => $"This rule allows {Allowed(rule, decision)}; we do not know how many {PooledVisits(rule)} you have used.",
            Finding.NoVisitsLeft => $"You have used {outcome.Count} of the {Allowed(rule, decision)}; none are left{Renews(decision)}.",
            Finding.VisitsLeft => $"You have used {outcome.Count} of the {Allowed(rule, decision)}; {decision.VisitsRemaining ?? 0} left.",
        };
    }

    public static IReadOnlyList<string> Reasons(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return [.. decision.Reasons.Select(r => Reason(r, decision))];
    }

    public static string Reason(Reason reason, CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var request = decision.Request;
        return reason.Code switch
        {
            ReasonCode.Requirement => Detail(decision.Requirements.First(r => r.Code == reason.Requirement), decision),
            ReasonCode.EveryRequirementMet => $"Every requirement of {Owner(decision.Owner)} is met, based on your answers.",
            ReasonCode.RuleDoesNotCoverMassage => $"The rule of {Owner(decision.Owner)} in effect does not cover massage.",
            ReasonCode.RuleNotes or ReasonCode.OwnerNote => reason.Text ?? "",
            ReasonCode.NoMedicareRules => "We hold no Original Medicare rules.",
            ReasonCode.PlanTypeUnknown => "You are not sure which kind of coverage you have, so we do not know whose rules apply.",
            ReasonCode.NoPlanChosen => "No plan was chosen, so we cannot look up its rules.",
            ReasonCode.PlanNotFound =>
                $"We have no {(request.PlanType == PlanType.MedicareAdvantage ? "Medicare Advantage plan" : "private plan")} with the code {Quoted.Of(request.PlanCode)}.",
            ReasonCode.NoState => "No US state was given, and Medicaid coverage is set by each state.",
            ReasonCode.StateCoverageUnknown => $"We have no reliable information on how {decision.Owner?.Name} Medicaid covers massage.",
            ReasonCode.NoRuleInEffect =>
                $"We hold no rule of {Owner(decision.Owner)} in effect on {IsoDate.Format(request.AsOf)}.",
        };
    }

    /// <summary>"Acme Gold PPO from Acme Health", "Colorado Medicaid (Health First Colorado)", "Original Medicare".</summary>
    public static string Owner(CoverageOwner? owner) => owner switch
    {
        null => "your plan",
        { Kind: OwnerKind.Plan } => $"{owner.Name} from {owner.Detail}",
        { Kind: OwnerKind.Medicaid, Detail: null } => $"{owner.Name} Medicaid",
        { Kind: OwnerKind.Medicaid } => $"{owner.Name} Medicaid ({owner.Detail})",
        _ => "Original Medicare",
    };

    /// <summary>The owner as the API names it: "plan acme-ppo-gold", "Medicaid CO", "Original Medicare".</summary>
    public static string OwnerId(CoverageOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return owner.Kind switch
        {
            OwnerKind.Plan => $"plan {owner.Code}",
            OwnerKind.Medicaid => $"Medicaid {owner.Code}",
            OwnerKind.Medicare => "Original Medicare",
        };
    }

    /// <summary>
    /// How a pathway reads as a headline ("Covered only as part of ..."), shared by the summary and the result page's
    /// badge; null for a standalone benefit, which needs no headline of its own.
    /// </summary>
    public static string? Headline(RulePathway? pathway, string? programName) => pathway switch
    {
        RulePathway.ProgramEnrollment => $"Covered only for people enrolled in {Program(programName)}",
        RulePathway.WithinTherapyPlanOfCare => "Covered only as part of physical or occupational therapy with a plan of care",
        RulePathway.SameDayTherapyAdjunct => "Covered only on a day you also have a physical or occupational therapy visit",
        _ => null,
    };

    /// <summary>"the Complementary and Integrative Health waiver", or words that say a program is named without one.</summary>
    public static string Program(string? programName)
    {
        if (string.IsNullOrWhiteSpace(programName))
        {
            return "the program this rule names";
        }

        var name = programName.Trim();
        return name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name : $"the {name}";
    }

    /// <summary>"rehab visits", whether the pool's name says "visits" or not.</summary>
    public static string PoolVisits(VisitPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var name = string.IsNullOrWhiteSpace(pool.Name) ? "pooled" : pool.Name.Trim();
        return name.EndsWith("visits", StringComparison.OrdinalIgnoreCase) ? name : $"{name} visits";
    }

    /// <summary>"physical therapy, occupational therapy and chiropractic"; "other services" when the pool lists none.</summary>
    public static string PoolServices(VisitPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var labels = pool.Includes.Distinct().Select(PooledService).ToList();
        return labels.Count switch
        {
            0 => "other services",
            1 => labels[0],
            _ => $"{string.Join(", ", labels[..^1])} and {labels[^1]}",
        };
    }

    /// <summary>The whole phrase: what the pool is called and which services count in it together with massage.</summary>
    public static string PoolDescription(VisitPool pool) => $"{PoolVisits(pool)}: {PoolServices(pool)} together with massage";

    public static string PooledService(PooledService service) => service switch
    {
        Core.Coverage.PooledService.PhysicalTherapy => "physical therapy",
        Core.Coverage.PooledService.OccupationalTherapy => "occupational therapy",
        Core.Coverage.PooledService.SpeechTherapy => "speech therapy",
        Core.Coverage.PooledService.Chiropractic => "chiropractic",
        Core.Coverage.PooledService.Acupuncture => "acupuncture",
    };

    /// <summary>The unit rule's name as the patient reads it.</summary>
    public static string UnitRule(UnitRule rule) => rule switch
    {
        Core.Coverage.UnitRule.CptMidpoint => "the CPT midpoint rule",
        Core.Coverage.UnitRule.CmsEightMinute => "Medicare's 8-minute rule",
    };

    public static string Whom(PlanType planType) => planType switch
    {
        PlanType.Medicaid => "your state's Medicaid program or your Medicaid health plan",
        PlanType.Medicare => "Medicare",
        _ => "your insurer",
    };

    private static string Service(CoverageDecision decision) => CptCodes.Label(decision.Request.ServiceCode);

    private static RuleTerms Rule(CoverageDecision decision) =>
        decision.AppliedRule?.Terms ?? throw new InvalidOperationException("A requirement is put into words only with the rule it belongs to.");

    private static int Broken(CoverageDecision decision) => decision.Requirements.Count(r => r.IsBroken);

    private static string Listed(RuleTerms rule) =>
        rule.ServiceCodes.Count == 0 ? "no service codes" : string.Join(", ", rule.ServiceCodes.Select(CptCodes.Label));

    private static string Validity(RuleTerms rule) =>
        rule.ReferralValidDays is { } days ? $" dated no more than {days} days before the visit" : "";

    private static string CoveredDiagnoses(RuleTerms rule) =>
        $"diagnosis codes starting with {string.Join(", ", rule.CoveredDiagnosisPrefixes.Select(p => IcdCode.Format(IcdCode.Normalise(p))))}";

    private static string AuthorizationWhen(RuleTerms rule, RequirementOutcome outcome) => rule.RequiresPriorAuthorization
        ? "before every visit"
        : $"after {rule.PriorAuthorizationAfterVisits} massage visits in a benefit period, and this would be visit {outcome.Count}";

    private static string AgeLimits(RuleTerms rule) => (rule.MinAge, rule.MaxAge) switch
    {
        ({ } min, { } max) => $"ages {min} to {max}",
        ({ } min, null) => $"ages {min} and over",
        (null, { } max) => $"ages up to {max}",
        _ => "any age",
    };

    private static string SessionLimit(RuleTerms rule)
    {
        var max = rule.MaxMinutesPerVisit ?? 0;
        return $"{max} minutes a visit ({Units(TimedUnits.Of(max, rule.UnitRule))} by {UnitRule(rule.UnitRule)})";
    }

    private static int MinutesOver(RuleTerms rule, CoverageRequest request) =>
        (request.PlannedMinutes ?? 0) - (rule.MaxMinutesPerVisit ?? 0);

    private static string Units(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " unit" : " units");

    private static string PooledVisits(RuleTerms rule) => rule.VisitPool is { } pool ? PoolVisits(pool) : "visits";

    private static string Allowed(RuleTerms rule, CoverageDecision decision)
    {
        var until = $"this benefit period, which ends on {ResultText.Date(Period(rule, decision).End)}";
        var max = rule.MaxVisitsPerYear ?? 0;
        return rule.VisitPool is { } pool
            ? $"{max} {PoolVisits(pool)} this rule allows in {until} ({PoolDescription(pool)})"
            : $"{max} visits this rule allows in {until}";
    }

    private static string Renews(CoverageDecision decision) =>
        Period(Rule(decision), decision).RenewsOn() is { } day ? $"; visits renew on {ResultText.Date(day)}" : "";

    private static BenefitPeriod Period(RuleTerms rule, CoverageDecision decision) =>
        decision.BenefitPeriod ?? BenefitPeriod.Holding(rule, decision.Request.AsOf);
}
