using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Language;
using A = MassageCoverage.Web.Resources.AnswerStrings;

namespace MassageCoverage.Web.Features.Check;

/// <summary>The words, colours and icons of the result page, in the reader's language: colour is never the only cue.</summary>
public static class ResultText
{
    public static (string Css, string Icon, Localized Label) Badge(Decision decision) => decision switch
    {
        Decision.Covered => ("covered", "check", A.BadgeCovered),
        Decision.Conditional => ("conditional", "alert", A.BadgeConditional),
        Decision.NotCovered => ("not-covered", "cross", A.BadgeNotCovered),
        _ => ("unknown", "question", A.BadgeUnknown),
    };

    /// <summary>
    /// The badge of a whole decision: a conditional answer on a rule with a pathway says the pathway (such as "Covered
    /// only as part of physical or occupational therapy with a plan of care"), since "the steps below" alone would hide
    /// that massage is not paid on its own.
    /// </summary>
    public static (string Css, string Icon, Localized Label) Badge(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var badge = Badge(decision.Decision);
        return decision.Decision == Decision.Conditional && DecisionText.Headline(decision.Pathway, decision.ProgramName) is { } headline
            ? badge with { Label = headline }
            : badge;
    }

    public static (string Css, string Label) Status(RequirementStatus status) => status switch
    {
        RequirementStatus.Met => ("met", A.StatusMet),
        RequirementStatus.Unmet => ("unmet", A.StatusUnmet),
        _ => ("unsure", A.StatusUnsure),
    };

    public static string Requirement(RequirementCode code) => code switch
    {
        RequirementCode.Referral => A.RequirementReferral,
        RequirementCode.LicensedTherapist => A.RequirementLicensedTherapist,
        RequirementCode.InNetwork => A.RequirementInNetwork,
        RequirementCode.PriorAuthorization => A.RequirementPriorAuthorization,
        RequirementCode.Diagnosis => A.RequirementDiagnosis,
        RequirementCode.VisitLimit => A.RequirementVisitLimit,
        RequirementCode.Age => A.RequirementAge,
        RequirementCode.ProviderType => A.RequirementProviderType,
        RequirementCode.ProgramEnrollment => A.RequirementProgramEnrollment,
        RequirementCode.PlanOfCare => A.RequirementPlanOfCare,
        RequirementCode.SameDayTherapy => A.RequirementSameDayTherapy,
        RequirementCode.SessionLength => A.RequirementSessionLength,
        _ => A.RequirementServiceCode,
    };

    public static Localized Visits(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Localized visits = decision.VisitPool is { } pool ? DecisionText.PoolVisits(pool) : A.VisitsWord;
        var period = PeriodWords(decision.BenefitPeriod);
        Localized shared = decision.VisitPool is { } p ? Localized.Format(A.VisitsShared, DecisionText.PoolDescription(p)) : "";
        return (decision.Decision, decision.VisitsAllowed, decision.VisitsRemaining) switch
        {
            (Decision.Indeterminate, _, _) => A.VisitsUnknown,
            (_, null, _) when decision.CostShare is null => A.VisitsNotApplicable,
            (_, null, _) => A.VisitsNoLimit,
            (_, { } allowed, { } remaining) => Localized.Format(A.VisitsRemaining, remaining, allowed, visits, period, shared),
            (_, { } allowed, null) => Localized.Format(A.VisitsUpTo, allowed, visits, period, shared),
        };
    }

    // "this year" for a calendar year, as the page always said; a plan year is named as such.
    private static string PeriodWords(BenefitPeriod? period) =>
        period is null || (period.Start.Month == 1 && period.Start.Day == 1) ? A.PeriodThisYear : A.PeriodThisPlanYear;

    /// <summary>The cost lines of a decision: none to pay toward when the service is not covered, the clinic's price without insurance.</summary>
    public static IReadOnlyList<string> CostShare(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision switch
        {
            { Request.PlanType: PlanType.NoInsurance } => [Resources.SelfPayStrings.CostNoInsurance],
            { Decision: Decision.NotCovered } => [A.CostNotApplicable],
            _ => CostShare(decision.CostShare),
        };
    }

    /// <summary>
    /// The session's billable units in plain words; null when the decision has none (no session limit, or the planned
    /// length is unknown).
    /// </summary>
    public static string? Units(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Units is not { } units)
        {
            return null;
        }

        var planned = Words.Format(A.UnitsPlanned,
            Words.Format(units.Planned == 1 ? A.BillableUnitOne : A.BillableUnitMany, units.Planned), DecisionText.UnitRule(units.Rule));
        return units.Covered == units.Planned
            ? Words.Format(A.UnitsAllCovered, planned)
            : Words.Format(A.UnitsSomeCovered, planned, units.Covered);
    }

    /// <summary>The benefit period in plain words; null when no rule covering massage matched.</summary>
    public static string? Period(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.BenefitPeriod is not { } period)
        {
            return null;
        }

        var renews = period.RenewsOn() is { } day ? Words.Format(A.BenefitPeriodRenews, Words.Date(day)) : "";
        return Words.Format(A.BenefitPeriod, Words.Date(period.Start), Words.Date(period.End), renews);
    }

    public static IReadOnlyList<string> CostShare(CostShare? share)
    {
        if (share is null)
        {
            return [A.CostUnknown];
        }

        return
        [
            share.Copay is { } copay ? Words.Format(A.CostCopay, copay.ToString("C0", Languages.Culture)) : A.CostCopayUnknown,
            share.CoinsurancePercent is { } percent ? Words.Format(A.CostCoinsurance, percent.ToString("0.##", Languages.Culture)) : A.CostCoinsuranceUnknown,
            share.DeductibleApplies ? A.CostDeductibleApplies : A.CostDeductibleDoesNotApply,
        ];
    }

    /// <summary>A date in a sentence a patient reads, "March 15, 2026" or "15 de marzo de 2026".</summary>
    public static string Date(DateOnly? date) => Words.Date(date);
}
