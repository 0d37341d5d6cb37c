using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Core.Tests.Builders;

/// <summary>A rule that covers 97124 from 2020-01-01 and asks for nothing; each call adds one requirement.</summary>
public sealed class RuleBuilder
{
    private CoverageRule _rule = new(1, new DateOnly(2020, 1, 1), null, new RuleTerms { ServiceCodes = ["97124"], Covered = true });

    public RuleBuilder WithId(long id) => Set(_rule with { Id = id });

    public RuleBuilder Covering(params string[] serviceCodes) => Set(_rule.Terms with { ServiceCodes = serviceCodes });

    public RuleBuilder NotCovering() => Set(_rule.Terms with { Covered = false });

    public RuleBuilder RequiringReferral(int? validDays = null) =>
        Set(_rule.Terms with { RequiresReferral = true, ReferralValidDays = validDays });

    public RuleBuilder RequiringPriorAuthorization() => Set(_rule.Terms with { RequiresPriorAuthorization = true });

    public RuleBuilder PriorAuthorizationAfter(int visits) => Set(_rule.Terms with { PriorAuthorizationAfterVisits = visits });

    public RuleBuilder RequiringLicensedTherapist() => Set(_rule.Terms with { RequiresLicensedTherapist = true });

    public RuleBuilder RequiringInNetwork() => Set(_rule.Terms with { RequiresInNetwork = true });

    public RuleBuilder AllowingProviders(params ProviderType[] types) => Set(_rule.Terms with { AllowedProviderTypes = types });

    public RuleBuilder WithMaxVisits(int max) => Set(_rule.Terms with { MaxVisitsPerYear = max });

    public RuleBuilder ForDiagnoses(params string[] prefixes) => Set(_rule.Terms with { CoveredDiagnosisPrefixes = prefixes });

    public RuleBuilder ForAges(int? min, int? max) => Set(_rule.Terms with { MinAge = min, MaxAge = max });

    public RuleBuilder InEffect(DateOnly from, DateOnly? to = null) => Set(_rule with { EffectiveFrom = from, EffectiveTo = to });

    public RuleBuilder WithCostShare(decimal? copay, decimal? coinsurancePercent, bool deductibleApplies) =>
        Set(_rule.Terms with { Copay = copay, CoinsurancePercent = coinsurancePercent, DeductibleApplies = deductibleApplies });

    public RuleBuilder WithProvenance(string source, DateOnly lastVerified, string? notes = null) =>
        Set(_rule.Terms with { Source = source, LastVerified = lastVerified, Notes = notes });

    /// <summary>Every requirement a rule can set, with a 30-day referral and prior authorization after 6 visits.</summary>
    public RuleBuilder RequiringEverything() => RequiringReferral(30).PriorAuthorizationAfter(6).RequiringLicensedTherapist()
        .RequiringInNetwork().AllowingProviders(ProviderType.MassageTherapist, ProviderType.PhysicalTherapist)
        .WithMaxVisits(12).ForDiagnoses("M54", "M62.83").ForAges(18, 64);

    public CoverageRule Build() => _rule;

    private RuleBuilder Set(CoverageRule rule)
    {
        _rule = rule;
        return this;
    }

    private RuleBuilder Set(RuleTerms terms) => Set(_rule with { Terms = terms });
}
