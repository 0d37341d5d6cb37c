using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Core.Tests.Builders;

/// <summary>A request for 97124 on the private plan <see cref="CatalogBuilder.PlanCode"/> on <see cref="AsOf"/>, every answer unknown.</summary>
public sealed class RequestBuilder
{
    public static readonly DateOnly AsOf = new(2025, 6, 15);

    private CoverageRequest _request = new() { PlanType = PlanType.Private, PlanCode = CatalogBuilder.PlanCode, AsOf = AsOf };

    public RequestBuilder ForPlan(string? code, PlanType type = PlanType.Private) => Set(_request with { PlanType = type, PlanCode = code });

    public RequestBuilder ForMedicaid(string? state) => Set(_request with { PlanType = PlanType.Medicaid, State = state, PlanCode = null });

    public RequestBuilder ForMedicare() => Set(_request with { PlanType = PlanType.Medicare, PlanCode = null });

    public RequestBuilder For(string serviceCode) => Set(_request with { ServiceCode = serviceCode });

    public RequestBuilder WithDiagnoses(params string[] codes) => Set(_request with { DiagnosisCodes = codes });

    public RequestBuilder By(ProviderType type) => Set(_request with { ProviderType = type });

    public RequestBuilder Licensed(bool? licensed) => Set(_request with { TherapistLicensed = licensed });

    public RequestBuilder InNetwork(bool? inNetwork) => Set(_request with { InNetwork = inNetwork });

    public RequestBuilder WithReferral(bool? has, DateOnly? dated = null) => Set(_request with { HasReferral = has, ReferralDate = dated });

    public RequestBuilder WithReferralDaysOld(int days) => WithReferral(true, _request.AsOf.AddDays(-days));

    public RequestBuilder WithPriorAuthorization(bool? obtained) => Set(_request with { PriorAuthorizationObtained = obtained });

    public RequestBuilder WithVisitsUsed(int visits) => Set(_request with { VisitsUsed = visits });

    public RequestBuilder Aged(int? years) => Set(_request with { PatientAge = years });

    public RequestBuilder On(DateOnly asOf) => Set(_request with { AsOf = asOf });

    /// <summary>Answers that meet every requirement of <see cref="RuleBuilder.RequiringEverything"/>.</summary>
    public RequestBuilder MeetingEverything() => WithDiagnoses("M54.50").Licensed(true).InNetwork(true)
        .WithReferralDaysOld(10).WithPriorAuthorization(true).Aged(40).WithVisitsUsed(2);

    public CoverageRequest Build() => _request;

    private RequestBuilder Set(CoverageRequest request)
    {
        _request = request;
        return this;
    }
}
