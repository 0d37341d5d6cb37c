using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog.Format;

namespace MassageCoverage.Web.Api.CoverageChecks;

internal static class CoverageCheckMapping
{
    /// <summary>Fills what a client may leave out and the engine needs: the as-of date is today when absent.</summary>
    public static CoverageCheckRequest WithDefaults(this CoverageCheckRequest request, DateOnly today) =>
        string.IsNullOrWhiteSpace(request.AsOf) ? request with { AsOf = IsoDate.Format(today) } : request;

    /// <summary>The engine's request; only for a request that <see cref="CoverageCheckValidator"/> accepted.</summary>
    public static CoverageRequest ToCoverageRequest(this CoverageCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new()
        {
            PlanType = ApiTokens.TryParse<PlanType>(request.PlanType, out var planType) ? planType : throw NotValidated(),
            State = UsStates.Find(request.State)?.Code,
            PlanCode = string.IsNullOrWhiteSpace(request.PlanCode) ? null : request.PlanCode.Trim(),
            ServiceCode = CptCodes.Find(request.ServiceCode)?.Code ?? CptCodes.Massage,
            DiagnosisCodes = [.. (request.DiagnosisCodes ?? []).Select(c => IcdCode.TryParse(c, out var code, out _) ? code : "")],
            ProviderType = ApiTokens.TryParse<ProviderType>(request.ProviderType, out var provider) ? provider : ProviderType.MassageTherapist,
            TherapistLicensed = request.TherapistLicensed,
            InNetwork = request.InNetwork,
            HasReferral = request.HasReferral,
            ReferralDate = IsoDate.TryParseTrimmed(request.ReferralDate, out var referral) ? referral : null,
            PriorAuthorizationObtained = request.PriorAuthorization,
            VisitsUsed = request.VisitsUsed ?? 0,
            PatientAge = request.PatientAge,
            EnrolledInProgram = request.EnrolledInProgram,
            InTherapyPlanOfCare = request.InTherapyPlanOfCare,
            TherapyVisitSameDay = request.TherapyVisitSameDay,
            PooledVisitsUsed = request.PooledVisitsUsed,
            PlannedMinutes = request.PlannedMinutes,
            AsOf = IsoDate.TryParseTrimmed(request.AsOf, out var asOf) ? asOf : throw NotValidated(),
        };
    }

    private static InvalidOperationException NotValidated() =>
        new("Map only a request that the validator accepted, after WithDefaults.");
}
