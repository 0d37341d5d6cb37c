using System.Text.Json;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>The enum values the format accepts, each with its camelCase word.</summary>
internal static class FormatTokens
{
    /// <summary>Only these two: Original Medicare and Medicaid are not plans with codes.</summary>
    public static TokenSet<PlanType> PlanTypes { get; } = new([PlanType.Private, PlanType.MedicareAdvantage], Camel);

    public static TokenSet<NetworkType> NetworkTypes { get; } = new(Enum.GetValues<NetworkType>(), Camel);

    public static TokenSet<ProviderType> ProviderTypes { get; } = new(Enum.GetValues<ProviderType>(), Camel);

    public static TokenSet<RulePathway> Pathways { get; } = new(Enum.GetValues<RulePathway>(), Camel);

    public static TokenSet<PooledService> PooledServices { get; } = new(Enum.GetValues<PooledService>(), Camel);

    public static TokenSet<UnitRule> UnitRules { get; } = new(Enum.GetValues<UnitRule>(), Camel);

    public static TokenSet<BenefitPeriodKind> BenefitPeriods { get; } = new(Enum.GetValues<BenefitPeriodKind>(), Camel);

    public static TokenSet<CoverageForm> CoverageForms { get; } = new(Enum.GetValues<CoverageForm>(), f => f.Token());

    private static string Camel<T>(T value) where T : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
