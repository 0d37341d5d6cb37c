using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;
using A = MassageCoverage.Web.Resources.AnswerStrings;

// Every switch below names each value of its enum, so the compiler (CS8509) reports a code that has no words; a
// value outside the enum is not a code the engine returns.
#pragma warning disable CS8524

namespace MassageCoverage.Web.Features.Check;

/// <summary>
/// The engine's codes in words, in one place and in the reader's language (Resources/AnswerStrings): the summary,
/// each requirement's detail, the reasons, the next steps and the insurer questions. The values come from the
/// decision (its request, matched rule and owner), so every page, the API and saved checks say the same words. What
/// staff entered (names, notes) is shown as entered, in English, and marked so (<see cref="AsEntered"/>).
/// </summary>
public static partial class DecisionText
{
    public static Localized Summary(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var (owner, service) = (Owner(decision.Owner), Service(decision));
        var broken = Broken(decision);
        var summary = decision.Summary switch
        {
            SummaryCode.CannotTell => Localized.Format(A.SummaryCannotTell, owner, service, Whom(decision.Request.PlanType)),
            SummaryCode.CoverageKindUnknown => Localized.Format(A.SummaryCoverageKindUnknown, service),
            SummaryCode.PlanUnknown => Localized.Format(A.SummaryPlanUnknown, service),
            SummaryCode.DoesNotCoverService => Localized.Format(A.SummaryDoesNotCoverService, owner, service),
            SummaryCode.Covers => Localized.Format(A.SummaryCovers, owner, service, Whom(decision.Request.PlanType)),
            SummaryCode.CoversOnceMet => Localized.Format(broken == 1 ? A.SummaryCoversOnceMetOne : A.SummaryCoversOnceMetMany, owner, service, broken),
            SummaryCode.DoesNotCoverSituation => Localized.Format(A.SummaryDoesNotCoverSituation, owner, service),
            SummaryCode.NoInsurance => Localized.Format(SelfPayStrings.SummaryNoInsurance, service),
        };
        var fromOutcomes = decision.Summary is SummaryCode.Covers or SummaryCode.CoversOnceMet or SummaryCode.DoesNotCoverSituation;
        return fromOutcomes && Headline(decision.Pathway, decision.ProgramName) is { } headline
            ? Localized.Format(A.SummaryWithHeadline, headline, summary)
            : summary;
    }

    /// <summary>Why a requirement stands as it does, with the rule's limits and the patient's answers.</summary>
    public static Localized Detail(RequirementOutcome outcome, CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var (rule, request) = (Rule(decision), decision.Request);
        return outcome.Finding switch
        {
            Finding.ServiceListed => Localized.Format(A.DetailServiceListed, Service(decision)),
            Finding.ServiceNotListed => Localized.Format(A.DetailServiceNotListed, Service(decision), Listed(rule)),
            Finding.Enrolled => Localized.Format(A.DetailEnrolled, Program(rule.ProgramName)),
            Finding.NotEnrolled => Localized.Format(A.DetailNotEnrolled, Program(rule.ProgramName)),
            Finding.EnrollmentUnknown => Localized.Format(A.DetailEnrollmentUnknown, Program(rule.ProgramName)),
            Finding.ProviderAllowed => Localized.Format(A.DetailProviderAllowed, request.ProviderType.Label()),
            Finding.ProviderNotAllowed =>
                Localized.Format(A.DetailProviderNotAllowed, ProviderTypeText.List(rule.AllowedProviderTypes), request.ProviderType.Label()),
            Finding.InPlanOfCare => A.DetailInPlanOfCare,
            Finding.NotInPlanOfCare => A.DetailNotInPlanOfCare,
            Finding.PlanOfCareUnknown => A.DetailPlanOfCareUnknown,
            Finding.SameDayVisit => A.DetailSameDayVisit,
            Finding.NoSameDayVisit => A.DetailNoSameDayVisit,
            Finding.SameDayVisitUnknown => A.DetailSameDayVisitUnknown,
            Finding.ReferralUnknown => Localized.Format(A.DetailReferralUnknown, Validity(rule)),
            Finding.NoReferral => Localized.Format(A.DetailNoReferral, Validity(rule)),
            Finding.ReferralHeld => A.DetailReferralHeld,
            Finding.ReferralDateUnknown => Localized.Format(A.DetailReferralDateUnknown, rule.ReferralValidDays),
            Finding.ReferralDatedAfterVisit => Localized.Format(A.DetailReferralDatedAfterVisit, rule.ReferralValidDays),
            Finding.ReferralValid => Localized.Format(A.DetailReferralValid, outcome.Count, rule.ReferralValidDays),
            Finding.ReferralExpired => Localized.Format(A.DetailReferralExpired, outcome.Count, rule.ReferralValidDays),
            Finding.DiagnosisUnknown => Localized.Format(A.DetailDiagnosisUnknown, CoveredDiagnoses(rule)),
            Finding.DiagnosisCovered =>
                Localized.Format(A.DetailDiagnosisCovered, IcdCode.Format(IcdCode.Normalise(request.DiagnosisCodes[outcome.Count ?? 0]))),
            Finding.DiagnosisNotCovered => Localized.Format(A.DetailDiagnosisNotCovered, CoveredDiagnoses(rule),
                string.Join(A.ListSeparator, request.DiagnosisCodes.Select(c => IcdCode.Format(IcdCode.Normalise(c))))),
            Finding.Licensed => A.DetailLicensed,
            Finding.NotLicensed => A.DetailNotLicensed,
            Finding.LicenceUnknown => A.DetailLicenceUnknown,
            Finding.InNetwork => A.DetailInNetwork,
            Finding.OutOfNetwork => A.DetailOutOfNetwork,
            Finding.NetworkUnknown => A.DetailNetworkUnknown,
            Finding.AuthorizationObtained => Localized.Format(A.DetailAuthorizationObtained, AuthorizationWhen(rule, outcome)),
            Finding.AuthorizationNotYetNeeded =>
                Localized.Format(A.DetailAuthorizationNotYetNeeded, outcome.Count, rule.PriorAuthorizationAfterVisits),
            Finding.AuthorizationMissing => Localized.Format(A.DetailAuthorizationMissing, AuthorizationWhen(rule, outcome)),
            Finding.AuthorizationUnknown => Localized.Format(A.DetailAuthorizationUnknown, AuthorizationWhen(rule, outcome)),
            Finding.AgeUnknown => Localized.Format(A.DetailAgeUnknown, AgeLimits(rule)),
            Finding.AgeOutsideLimits => Localized.Format(A.DetailAgeOutsideLimits, AgeLimits(rule), outcome.Count),
            Finding.AgeWithinLimits => Localized.Format(A.DetailAgeWithinLimits, outcome.Count, AgeLimits(rule)),
            Finding.SessionLengthUnknown => Localized.Format(A.DetailSessionLengthUnknown, SessionLimit(rule)),
            Finding.SessionWithinLimit => Localized.Format(A.DetailSessionWithinLimit, outcome.Count, SessionLimit(rule)),
            Finding.SessionTooLong => Localized.Format(A.DetailSessionTooLong, SessionLimit(rule), request.PlannedMinutes,
                Units(outcome.Count ?? 0), MinutesOver(rule, request)),
            Finding.VisitsUsedUnknown => Localized.Format(A.DetailVisitsUsedUnknown, Allowed(rule, decision), PooledVisits(rule)),
            Finding.NoVisitsLeft => Localized.Format(A.DetailNoVisitsLeft, outcome.Count, Allowed(rule, decision), Renews(decision)),
            Finding.VisitsLeft => Localized.Format(A.DetailVisitsLeft, outcome.Count, Allowed(rule, decision), decision.VisitsRemaining ?? 0),
        };
    }

    public static IReadOnlyList<Localized> Reasons(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return [.. decision.Reasons.Select(r => Reason(r, decision))];
    }

    public static Localized Reason(Reason reason, CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var request = decision.Request;
        return reason.Code switch
        {
            ReasonCode.Requirement => Detail(decision.Requirements.First(r => r.Code == reason.Requirement), decision),
            ReasonCode.EveryRequirementMet => Localized.Format(A.ReasonEveryRequirementMet, Owner(decision.Owner)),
            ReasonCode.RuleDoesNotCoverMassage => Localized.Format(A.ReasonRuleDoesNotCoverMassage, Owner(decision.Owner)),
            ReasonCode.RuleNotes or ReasonCode.OwnerNote => Localized.Format("{0}", AsEntered.Sentence(reason.Text ?? "")),
            ReasonCode.NoMedicareRules => A.ReasonNoMedicareRules,
            ReasonCode.PlanTypeUnknown => A.ReasonPlanTypeUnknown,
            ReasonCode.NoInsurance => SelfPayStrings.ReasonNoInsurance,
            ReasonCode.NoPlanChosen => A.ReasonNoPlanChosen,
            ReasonCode.PlanNotFound => Localized.Format(A.ReasonPlanNotFound,
                request.PlanType == PlanType.MedicareAdvantage ? A.PlanKindAdvantage : A.PlanKindPrivate, Quoted.Of(request.PlanCode)),
            ReasonCode.NoState => A.ReasonNoState,
            ReasonCode.StateCoverageUnknown => Localized.Format(A.ReasonStateCoverageUnknown, StateText.Name(decision.Owner?.Code)),
            ReasonCode.NoRuleInEffect => Localized.Format(A.ReasonNoRuleInEffect, Owner(decision.Owner), IsoDate.Format(request.AsOf)),
        };
    }

    /// <summary>"Acme Gold PPO from Acme Health", "Colorado Medicaid (Health First Colorado)", "Original Medicare".</summary>
    public static Localized Owner(CoverageOwner? owner) => owner switch
    {
        null => A.OwnerNone,
        { Kind: OwnerKind.Plan } => Localized.Format(A.OwnerPlan, AsEntered.Name(owner.Name), AsEntered.Name(owner.Detail ?? "")),
        { Kind: OwnerKind.Medicaid, Detail: null } => Localized.Format(A.OwnerMedicaid, StateText.Name(owner.Code)),
        { Kind: OwnerKind.Medicaid } => Localized.Format(A.OwnerMedicaidProgram, StateText.Name(owner.Code), AsEntered.Name(owner.Detail)),
        _ => A.OwnerMedicare,
    };

    /// <summary>The owner as the API names it: "plan acme-ppo-gold", "Medicaid CO", "Original Medicare", in English whatever the language.</summary>
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

    /// <summary>The owner's identifier as a page says it: "plan acme-ppo-gold", "Medicaid CO", "Medicare Original".</summary>
    public static string OwnerLabel(CoverageOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return owner.Kind switch
        {
            OwnerKind.Plan => Words.Format(A.OwnerIdPlan, owner.Code),
            OwnerKind.Medicaid => Words.Format(A.OwnerIdMedicaid, owner.Code),
            OwnerKind.Medicare => A.OwnerMedicare,
        };
    }

    /// <summary>
    /// How a pathway reads as a headline ("Covered only as part of ..."), shared by the summary and the result page's
    /// badge; null for a standalone benefit, which needs no headline of its own.
    /// </summary>
    public static Localized? Headline(RulePathway? pathway, string? programName) => pathway switch
    {
        RulePathway.ProgramEnrollment => Localized.Format(A.HeadlineProgram, Program(programName)),
        RulePathway.WithinTherapyPlanOfCare => A.HeadlinePlanOfCare,
        RulePathway.SameDayTherapyAdjunct => A.HeadlineSameDay,
        _ => null,
    };

    /// <summary>"the Complementary and Integrative Health waiver", or words that say a program is named without one.</summary>
    public static Localized Program(string? programName)
    {
        if (string.IsNullOrWhiteSpace(programName))
        {
            return A.ProgramUnnamed;
        }

        // An entered name that begins with "the" reads on as it is in English; in Spanish the article is the template's.
        var name = programName.Trim();
        var hasArticle = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        return Languages.IsEnglish && hasArticle
            ? Localized.Format("{0}", AsEntered.Name(name))
            : Localized.Format(A.ProgramNamed, AsEntered.Name(hasArticle ? name[4..].TrimStart() : name));
    }

    /// <summary>"rehab visits", whether the pool's name says "visits" or not.</summary>
    public static Localized PoolVisits(VisitPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        if (string.IsNullOrWhiteSpace(pool.Name))
        {
            return A.PoolUnnamed;
        }

        var name = pool.Name.Trim();
        return name.EndsWith("visits", StringComparison.OrdinalIgnoreCase)
            ? Localized.Format("{0}", AsEntered.Name(name))
            : Localized.Format(A.PoolVisits, AsEntered.Name(name));
    }

    /// <summary>"physical therapy, occupational therapy and chiropractic"; "other services" when the pool lists none.</summary>
    public static Localized PoolServices(VisitPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var labels = pool.Includes.Distinct().Select(PooledService).ToList();
        return labels.Count switch
        {
            0 => A.PoolOtherServices,
            1 => labels[0],
            _ => string.Join(A.ListSeparator, labels[..^1]) + A.ListAnd + labels[^1],
        };
    }

    /// <summary>The whole phrase: what the pool is called and which services count in it together with massage.</summary>
    public static Localized PoolDescription(VisitPool pool) => Localized.Format(A.PoolDescription, PoolVisits(pool), PoolServices(pool));

    public static string PooledService(PooledService service) => service switch
    {
        Core.Coverage.PooledService.PhysicalTherapy => A.PooledPhysicalTherapy,
        Core.Coverage.PooledService.OccupationalTherapy => A.PooledOccupationalTherapy,
        Core.Coverage.PooledService.SpeechTherapy => A.PooledSpeechTherapy,
        Core.Coverage.PooledService.Chiropractic => A.PooledChiropractic,
        Core.Coverage.PooledService.Acupuncture => A.PooledAcupuncture,
    };

    /// <summary>The unit rule's name as the patient reads it.</summary>
    public static string UnitRule(UnitRule rule) => rule switch
    {
        Core.Coverage.UnitRule.CptMidpoint => A.UnitRuleMidpoint,
        Core.Coverage.UnitRule.CmsEightMinute => A.UnitRuleEightMinute,
    };

    public static string Whom(PlanType planType) => planType switch
    {
        PlanType.Medicaid => A.WhomMedicaid,
        PlanType.Medicare => A.WhomMedicare,
        _ => A.WhomInsurer,
    };

    private static string Service(CoverageDecision decision) => CodeText.Service(decision.Request.ServiceCode);

    private static RuleTerms Rule(CoverageDecision decision) =>
        decision.AppliedRule?.Terms ?? throw new InvalidOperationException("A requirement is put into words only with the rule it belongs to.");

    private static int Broken(CoverageDecision decision) => decision.Requirements.Count(r => r.IsBroken);

    private static string Listed(RuleTerms rule) =>
        rule.ServiceCodes.Count == 0 ? A.NoServiceCodes : string.Join(A.ListSeparator, rule.ServiceCodes.Select(CodeText.Service));

    private static string Validity(RuleTerms rule) =>
        rule.ReferralValidDays is { } days ? Words.Format(A.ReferralValidity, days) : "";

    private static string CoveredDiagnoses(RuleTerms rule) => Words.Format(A.CoveredDiagnoses,
        string.Join(A.ListSeparator, rule.CoveredDiagnosisPrefixes.Select(p => IcdCode.Format(IcdCode.Normalise(p)))));

    private static string AuthorizationWhen(RuleTerms rule, RequirementOutcome outcome) => rule.RequiresPriorAuthorization
        ? A.AuthorizationEveryVisit
        : Words.Format(A.AuthorizationAfterVisits, rule.PriorAuthorizationAfterVisits, outcome.Count);

    private static string AgeLimits(RuleTerms rule) => (rule.MinAge, rule.MaxAge) switch
    {
        ({ } min, { } max) => Words.Format(A.AgesBetween, min, max),
        ({ } min, null) => Words.Format(A.AgesFrom, min),
        (null, { } max) => Words.Format(A.AgesUpTo, max),
        _ => A.AgesAny,
    };

    private static string SessionLimit(RuleTerms rule)
    {
        var max = rule.MaxMinutesPerVisit ?? 0;
        return Words.Format(A.SessionLimit, max, Units(TimedUnits.Of(max, rule.UnitRule)), UnitRule(rule.UnitRule));
    }

    private static int MinutesOver(RuleTerms rule, CoverageRequest request) =>
        (request.PlannedMinutes ?? 0) - (rule.MaxMinutesPerVisit ?? 0);

    private static string Units(int count) => Words.Format(count == 1 ? A.UnitOne : A.UnitMany, count);

    private static Localized PooledVisits(RuleTerms rule) => rule.VisitPool is { } pool ? PoolVisits(pool) : A.VisitsWord;

    private static Localized Allowed(RuleTerms rule, CoverageDecision decision)
    {
        var until = Words.Format(A.AllowedUntil, Words.Date(Period(rule, decision).End));
        var max = rule.MaxVisitsPerYear ?? 0;
        return rule.VisitPool is { } pool
            ? Localized.Format(A.AllowedPooled, max, PoolVisits(pool), until, PoolDescription(pool))
            : Localized.Format(A.AllowedVisits, max, until);
    }

    private static string Renews(CoverageDecision decision) =>
        Period(Rule(decision), decision).RenewsOn() is { } day ? Words.Format(A.VisitsRenew, Words.Date(day)) : "";

    private static BenefitPeriod Period(RuleTerms rule, CoverageDecision decision) =>
        decision.BenefitPeriod ?? BenefitPeriod.Holding(rule, decision.Request.AsOf);
}
