using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Check;

/// <summary>The kinds of coverage in the words a patient uses (in their language), and how each maps to the engine's plan type.</summary>
public static class CoverageKinds
{
    public const string NotSure = "notSure";

    /// <summary>No insurance: the engine answers not covered, with the self-pay path (docs/domain.md section 5b).</summary>
    public const string NoInsurance = "noInsurance";

    private static readonly (string Value, string Label, string Hint)[][] ByLanguage = [.. Languages.Cultures.Select(c => Languages.In(Languages.Of(c), () => new[]
    {
        ("private", CheckStrings.CoveragePrivate, CheckStrings.CoveragePrivateHint),
        ("medicare", CheckStrings.CoverageMedicare, CheckStrings.CoverageMedicareHint),
        ("medicareAdvantage", CheckStrings.CoverageAdvantage, CheckStrings.CoverageAdvantageHint),
        ("medicaid", CheckStrings.CoverageMedicaid, CheckStrings.CoverageMedicaidHint),
        (NotSure, CheckStrings.CoverageNotSure, CheckStrings.CoverageNotSureHint),
        (NoInsurance, SelfPayStrings.CoverageNone, SelfPayStrings.CoverageNoneHint),
    }))];

    /// <summary>The kinds in the order the form lists them, with their words in the reader's language (read once per language).</summary>
    public static IReadOnlyList<(string Value, string Label, string Hint)> All => ByLanguage[Languages.IsEnglish ? 0 : 1];

    /// <summary>The label of one kind of coverage ("Original Medicare"); the value itself for one not listed.</summary>
    public static string Label(string? value)
    {
        foreach (var kind in All)
        {
            if (kind.Value == value)
            {
                return kind.Label;
            }
        }

        return value ?? "";
    }

    public static string CardHelp => CheckStrings.CardHelp;

    public static PlanType? ToPlanType(string? value) => value switch
    {
        "private" => PlanType.Private,
        "medicare" => PlanType.Medicare,
        "medicareAdvantage" => PlanType.MedicareAdvantage,
        "medicaid" => PlanType.Medicaid,
        NotSure => PlanType.NotSure,
        NoInsurance => PlanType.NoInsurance,
        _ => null,
    };

    public static bool NeedsPlan(string? value) => value is "private" or "medicareAdvantage";

    public static IReadOnlyList<(string Value, string Label)> Providers =>
    [
        ("massageTherapist", CheckStrings.ProviderMassageTherapist),
        ("physicalTherapist", CheckStrings.ProviderPhysicalTherapist),
        ("occupationalTherapist", CheckStrings.ProviderOccupationalTherapist),
        ("chiropractor", CheckStrings.ProviderChiropractor),
    ];

    public static ProviderType? ToProviderType(string? value) => value switch
    {
        "massageTherapist" => ProviderType.MassageTherapist,
        "physicalTherapist" => ProviderType.PhysicalTherapist,
        "occupationalTherapist" => ProviderType.OccupationalTherapist,
        "chiropractor" => ProviderType.Chiropractor,
        _ => null,
    };
}
