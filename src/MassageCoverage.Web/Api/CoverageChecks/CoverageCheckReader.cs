using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;

namespace MassageCoverage.Web.Api.CoverageChecks;

/// <summary>A check's body read once: the engine's request, or the errors keyed by the field as the client wrote it.</summary>
internal readonly record struct CoverageCheckRead(CoverageRequest? Request, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>
/// What makes a check answerable, and the engine's request built from it in the same pass: each field is parsed
/// once, so what was validated is exactly what is checked. An unknown plan code is not an error here: the engine
/// answers it as indeterminate. An absent as-of date is today.
/// </summary>
internal static class CoverageCheckReader
{
    public const int MaxDiagnosisCodes = 12;
    public const int MaxVisits = 1000;
    public const int MaxAge = 120;
    public const int MaxMinutes = 480;
    public const int MaxPlanCode = 100;
    private const string DateForm = "Use a date in the form yyyy-MM-dd, such as 2026-03-15.";
    private static readonly IReadOnlyDictionary<string, string[]> None = new Dictionary<string, string[]>();
    private static readonly string VisitsMessage = $"Give the visits already used this benefit year: a whole number from 0 to {MaxVisits}.";
    private static readonly string AgeMessage = $"Give the patient's age in years, from 0 to {MaxAge}.";
    private static readonly string PooledVisitsMessage =
        $"Give the visits of every pooled service used this benefit period: a whole number from 0 to {MaxVisits}, or null when unknown.";
    private static readonly string MinutesMessage =
        $"Give the planned length of the session in minutes, from 1 to {MaxMinutes}, or null when unknown.";

    public static CoverageCheckRead Read(CoverageCheckRequest body, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(body);
        Dictionary<string, string[]>? errors = null;

        var planTypeKnown = ApiTokens.TryParse<PlanType>(body.PlanType, out var planType);
        if (!planTypeKnown)
        {
            Fail(ref errors, "planType", string.IsNullOrWhiteSpace(body.PlanType)
                ? $"Choose the plan type: {ApiTokens.List<PlanType>()}."
                : $"{Quoted.Of(body.PlanType)} is not a plan type; use {ApiTokens.List<PlanType>()}.");
        }

        var state = UsStates.Find(body.State);
        if (!string.IsNullOrWhiteSpace(body.State) && state is null)
        {
            Fail(ref errors, "state", ApiProblems.NotAState(body.State));
        }
        else if (state is null && planTypeKnown && planType == PlanType.Medicaid)
        {
            Fail(ref errors, "state", "Medicaid coverage is set by each state: give the state's two-letter code.");
        }

        if (body.PlanCode is { Length: > MaxPlanCode })
        {
            Fail(ref errors, "planCode", $"A plan code has at most {MaxPlanCode} characters.");
        }

        var service = CptCodes.Find(body.ServiceCode);
        if (!string.IsNullOrWhiteSpace(body.ServiceCode) && service is null)
        {
            Fail(ref errors, "serviceCode", $"{Quoted.Of(body.ServiceCode)} is not a service code we know; use one of {string.Join(", ", CptCodes.All.Select(c => c.Code))}.");
        }

        var diagnoses = ReadDiagnoses(body.DiagnosisCodes, ref errors);

        var provider = ProviderType.MassageTherapist;
        if (!string.IsNullOrWhiteSpace(body.ProviderType) && !ApiTokens.TryParse(body.ProviderType, out provider))
        {
            Fail(ref errors, "providerType", $"{Quoted.Of(body.ProviderType)} is not a provider type; use {ApiTokens.List<ProviderType>()}.");
        }

        Range(body.VisitsUsed, 0, MaxVisits, "visitsUsed", VisitsMessage, ref errors);
        Range(body.PatientAge, 0, MaxAge, "patientAge", AgeMessage, ref errors);
        Range(body.PooledVisitsUsed, 0, MaxVisits, "pooledVisitsUsed", PooledVisitsMessage, ref errors);
        Range(body.PlannedMinutes, 1, MaxMinutes, "plannedMinutes", MinutesMessage, ref errors);

        var asOf = today;
        var asOfRead = string.IsNullOrWhiteSpace(body.AsOf) || IsoDate.TryParseTrimmed(body.AsOf, out asOf);
        if (!asOfRead)
        {
            Fail(ref errors, "asOf", DateForm);
        }

        DateOnly? referralDate = null;
        if (!string.IsNullOrWhiteSpace(body.ReferralDate))
        {
            if (!IsoDate.TryParseTrimmed(body.ReferralDate, out var referral))
            {
                Fail(ref errors, "referralDate", DateForm);
            }
            else if (asOfRead && referral > asOf)
            {
                Fail(ref errors, "referralDate", $"The referral is dated after the date of the visit ({Quoted.Text(IsoDate.Format(asOf))}): check both dates.");
            }

            referralDate = referral;
        }

        if (errors is not null)
        {
            return new(null, errors);
        }

        return new(new CoverageRequest
        {
            PlanType = planType,
            State = state?.Code,
            PlanCode = string.IsNullOrWhiteSpace(body.PlanCode) ? null : body.PlanCode.Trim(),
            ServiceCode = service?.Code ?? CptCodes.Massage,
            DiagnosisCodes = diagnoses,
            ProviderType = provider,
            TherapistLicensed = body.TherapistLicensed,
            InNetwork = body.InNetwork,
            HasReferral = body.HasReferral,
            ReferralDate = referralDate,
            PriorAuthorizationObtained = body.PriorAuthorization,
            VisitsUsed = body.VisitsUsed ?? 0,
            PatientAge = body.PatientAge,
            EnrolledInProgram = body.EnrolledInProgram,
            InTherapyPlanOfCare = body.InTherapyPlanOfCare,
            TherapyVisitSameDay = body.TherapyVisitSameDay,
            PooledVisitsUsed = body.PooledVisitsUsed,
            PlannedMinutes = body.PlannedMinutes,
            AsOf = asOf,
        }, None);
    }

    private static string[] ReadDiagnoses(IReadOnlyList<string?>? given, ref Dictionary<string, string[]>? errors)
    {
        if (given is null || given.Count == 0)
        {
            return [];
        }

        if (given.Count > MaxDiagnosisCodes)
        {
            Fail(ref errors, "diagnosisCodes", $"Give at most {MaxDiagnosisCodes} diagnosis codes.");
            return [];
        }

        var codes = new string[given.Count];
        for (var i = 0; i < given.Count; i++)
        {
            if (IcdCode.TryParse(given[i], out var code, out var error))
            {
                codes[i] = code;
            }
            else
            {
                Fail(ref errors, $"diagnosisCodes[{i}]", IcdText.Message(error));
            }
        }

        return codes;
    }

    private static void Range(int? value, int min, int max, string field, string message, ref Dictionary<string, string[]>? errors)
    {
        if (value is { } v && (v < min || v > max))
        {
            Fail(ref errors, field, message);
        }
    }

    private static void Fail(ref Dictionary<string, string[]>? errors, string field, string message) =>
        (errors ??= new(StringComparer.Ordinal))[field] = [message];
}
