using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Check;

/// <summary>Turns valid answers into the engine's request.</summary>
public static class CheckMapping
{
    /// <summary>
    /// The diagnosis code the answers give: the one chosen, or a valid code typed into the search box. Neither
    /// chosen nor typed (or "I don't know yet") is no diagnosis and no error.
    /// </summary>
    public static bool HasDiagnosis(CheckAnswers answers, out string? code, out string? error)
    {
        var chosen = answers.Diagnosis?.Trim();
        code = null;
        error = null;
        if (chosen == CheckAnswers.DiagnosisUnknown)
        {
            return false;
        }

        if (string.IsNullOrEmpty(chosen))
        {
            var typed = answers.ConditionQuery?.Trim();
            if (string.IsNullOrEmpty(typed))
            {
                return false;
            }

            if (!IcdCode.TryParse(typed, out var typedCode, out _))
            {
                error = "Choose your condition from the list, or \"I don't know yet\".";
                return false;
            }

            code = typedCode;
            return true;
        }

        if (!IcdCode.TryParse(chosen, out var normalised, out var problem))
        {
            error = problem ?? "That is not a diagnosis code we recognise.";
            return false;
        }

        code = normalised;
        return true;
    }

    public static CoverageRequest ToRequest(CheckAnswers answers, DateOnly today)
    {
        HasDiagnosis(answers, out var diagnosis, out _);
        return new CoverageRequest
        {
            PlanType = CoverageKinds.ToPlanType(answers.Coverage) ?? PlanType.Private,
            State = string.IsNullOrWhiteSpace(answers.State) ? null : answers.State.Trim().ToUpperInvariant(),
            PlanCode = CoverageKinds.NeedsPlan(answers.Coverage) && answers.Plan != CheckAnswers.NotListed ? answers.Plan : null,
            DiagnosisCodes = diagnosis is null ? [] : [diagnosis],
            ProviderType = CoverageKinds.ToProviderType(answers.Provider) ?? ProviderType.MassageTherapist,
            TherapistLicensed = Answer.ToBool(answers.Licensed),
            InNetwork = Answer.ToBool(answers.InNetwork),
            HasReferral = Answer.ToBool(answers.Referral),
            ReferralDate = answers.Referral == Answer.Yes ? CheckAnswersValidator.ParseDate(answers.ReferralDate) : null,
            PriorAuthorizationObtained = Answer.ToBool(answers.PriorAuth),
            VisitsUsed = CheckAnswersValidator.ParseWhole(answers.VisitsUsed) ?? 0,
            PatientAge = CheckAnswersValidator.ParseWhole(answers.Age),
            AsOf = today,
        };
    }
}
