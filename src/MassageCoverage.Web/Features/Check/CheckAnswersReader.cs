using System.Globalization;
using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Check;

/// <summary>The answers read once: the engine's request, or the message to show beside each field that is wrong.</summary>
public sealed record CheckInput(CoverageRequest? Request, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Request is not null;
}

/// <summary>
/// Reads a patient's answers against the catalog in force and today's date, each field parsed once, into the engine's
/// request or field errors. Messages speak to the patient and name the field's own words, because each one is shown
/// beside its field. "Not sure" of the kind of coverage, or of the plan, is an answer, not an error: the engine
/// answers it with the steps that find out.
/// </summary>
public static class CheckAnswersReader
{
    public const int MaxVisits = 365;
    public const int MaxPooledVisits = 1000;
    public const int MaxMinutes = 480;

    public static CheckInput Read(CheckAnswers answers, CoverageCatalog catalog, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors.TryAdd(field, message);

        var coverage = answers.Coverage?.Trim();
        var planType = CoverageKinds.ToPlanType(coverage);
        if (string.IsNullOrEmpty(coverage))
        {
            Fail(nameof(CheckAnswers.Coverage), CheckStrings.ErrorCoverageMissing);
        }
        else if (planType is null)
        {
            Fail(nameof(CheckAnswers.Coverage), CheckStrings.ErrorCoverageUnknown);
        }

        var state = UsStates.Find(answers.State);
        if (!string.IsNullOrWhiteSpace(answers.State) && state is null)
        {
            Fail(nameof(CheckAnswers.State), CheckStrings.ErrorStateUnknown);
        }
        else if (state is null && planType == PlanType.Medicaid)
        {
            Fail(nameof(CheckAnswers.State), CheckStrings.ErrorStateForMedicaid);
        }

        var planCode = ReadPlan(answers, planType, catalog, Fail);
        var diagnosis = ReadDiagnosis(answers, Fail);
        var provider = CoverageKinds.ToProviderType(answers.Provider);
        if (provider is null)
        {
            Fail(nameof(CheckAnswers.Provider), CheckStrings.ErrorProvider);
        }

        var licensed = YesNo(answers.Licensed, nameof(CheckAnswers.Licensed), Fail);
        var inNetwork = YesNo(answers.InNetwork, nameof(CheckAnswers.InNetwork), Fail);
        var referral = YesNo(answers.Referral, nameof(CheckAnswers.Referral), Fail);
        var priorAuth = YesNo(answers.PriorAuth, nameof(CheckAnswers.PriorAuth), Fail);
        var enrolled = YesNo(answers.Enrolled, nameof(CheckAnswers.Enrolled), Fail);
        var planOfCare = YesNo(answers.PlanOfCare, nameof(CheckAnswers.PlanOfCare), Fail);
        var sameDay = YesNo(answers.SameDayTherapy, nameof(CheckAnswers.SameDayTherapy), Fail);

        DateOnly? referralDate = null;
        if (!string.IsNullOrWhiteSpace(answers.ReferralDate))
        {
            referralDate = IsoDate.ParseTrimmed(answers.ReferralDate);
            if (referralDate is null)
            {
                Fail(nameof(CheckAnswers.ReferralDate), CheckStrings.ErrorReferralDate);
            }
            else if (referralDate > today)
            {
                Fail(nameof(CheckAnswers.ReferralDate), CheckStrings.ErrorReferralDateFuture);
            }
        }

        var visitsUsed = Whole(answers.VisitsUsed, 0, MaxVisits, nameof(CheckAnswers.VisitsUsed),
            Words.Format(CheckStrings.ErrorVisits, MaxVisits), Fail);
        var age = Whole(answers.Age, 0, 120, nameof(CheckAnswers.Age), CheckStrings.ErrorAge, Fail);
        var minutes = Whole(answers.Minutes, 1, MaxMinutes, nameof(CheckAnswers.Minutes),
            Words.Format(CheckStrings.ErrorMinutes, MaxMinutes), Fail);
        var pooled = Whole(answers.PooledVisits, 0, MaxPooledVisits, nameof(CheckAnswers.PooledVisits),
            Words.Format(CheckStrings.ErrorPooled, MaxPooledVisits), Fail);

        if (errors.Count > 0 || planType is not { } type)
        {
            return new(null, errors);
        }

        return new(new CoverageRequest
        {
            PlanType = type,
            State = state?.Code,
            PlanCode = planCode,
            DiagnosisCodes = diagnosis is null ? [] : [diagnosis],
            ProviderType = provider ?? ProviderType.MassageTherapist,
            TherapistLicensed = licensed,
            InNetwork = inNetwork,
            HasReferral = referral,
            ReferralDate = referral == true ? referralDate : null,
            PriorAuthorizationObtained = priorAuth,
            VisitsUsed = visitsUsed ?? 0,
            PatientAge = age,
            EnrolledInProgram = enrolled,
            InTherapyPlanOfCare = planOfCare,
            TherapyVisitSameDay = sameDay,
            PooledVisitsUsed = pooled,
            PlannedMinutes = minutes,
            AsOf = today,
        }, errors);
    }

    // A plan is asked only of private and Medicare Advantage coverage; none chosen, or "my plan isn't listed", leaves
    // the plan unknown, which the engine answers with the steps to find it. A plan of another kind is a mistake.
    private static string? ReadPlan(CheckAnswers answers, PlanType? planType, CoverageCatalog catalog, Action<string, string> fail)
    {
        var code = answers.Plan?.Trim();
        if (planType is not (PlanType.Private or PlanType.MedicareAdvantage) || string.IsNullOrEmpty(code) || code == CheckAnswers.NotListed)
        {
            return null;
        }

        var plan = catalog.FindPlan(code);
        if (plan is null)
        {
            fail(nameof(CheckAnswers.Plan), CheckStrings.ErrorPlanUnknown);
            return null;
        }

        if (plan.PlanType != planType)
        {
            fail(nameof(CheckAnswers.Plan), CheckStrings.ErrorPlanOtherKind);
            return null;
        }

        return plan.Code;
    }

    /// <summary>
    /// The diagnosis code the answers give, normalised: the one chosen, or a valid code typed into the search box.
    /// Neither chosen nor typed (or "I don't know yet") is no diagnosis and no error.
    /// </summary>
    private static string? ReadDiagnosis(CheckAnswers answers, Action<string, string> fail)
    {
        var chosen = answers.Diagnosis?.Trim();
        if (chosen == CheckAnswers.DiagnosisUnknown)
        {
            return null;
        }

        if (string.IsNullOrEmpty(chosen))
        {
            var typed = answers.ConditionQuery?.Trim();
            if (string.IsNullOrEmpty(typed))
            {
                return null;
            }

            if (IcdCode.TryParse(typed, out var typedCode, out _))
            {
                return typedCode;
            }

            fail(nameof(CheckAnswers.Diagnosis), CheckStrings.ErrorDiagnosisChoose);
            return null;
        }

        if (IcdCode.TryParse(chosen, out var code, out var problem))
        {
            return code;
        }

        fail(nameof(CheckAnswers.Diagnosis), IcdText.Message(problem));
        return null;
    }

    private static bool? YesNo(string? value, string field, Action<string, string> fail)
    {
        if (!Answer.IsValid(value))
        {
            fail(field, CheckStrings.ErrorYesNo);
        }

        return Answer.ToBool(value);
    }

    private static int? Whole(string? value, int min, int max, string field, string message, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (ParseWhole(value) is { } number && number >= min && number <= max)
        {
            return number;
        }

        fail(field, message);
        return null;
    }

    private static int? ParseWhole(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
