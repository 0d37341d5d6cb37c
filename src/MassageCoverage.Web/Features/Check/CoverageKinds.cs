using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Check;

/// <summary>The kinds of coverage in the words a patient uses, and how each maps to the engine's plan type.</summary>
public static class CoverageKinds
{
    public const string NotSure = "notSure";

    public static IReadOnlyList<(string Value, string Label, string Hint)> All { get; } =
    [
        ("private", "Insurance through work or the marketplace", "A plan from an employer, a union, or HealthCare.gov or your state's marketplace."),
        ("medicare", "Original Medicare", "The red, white and blue Medicare card, with Part A and Part B."),
        ("medicareAdvantage", "Medicare Advantage plan", "A private plan that replaces Original Medicare (Part C); its card shows the plan's name."),
        ("medicaid", "Medicaid", "Your state's Medicaid program or a Medicaid health plan."),
        (NotSure, "Not sure", "We will help you tell from your insurance card."),
    ];

    public const string CardHelp =
        "Look at the card you show at the doctor's office. A red, white and blue card that says MEDICARE is Original "
        + "Medicare. A card with an insurer's name that mentions Medicare (or Part C) is a Medicare Advantage plan. A card "
        + "from your state or one that says Medicaid is Medicaid. Any other card from an insurer is insurance through work "
        + "or the marketplace.";

    public static PlanType? ToPlanType(string? value) => value switch
    {
        "private" => PlanType.Private,
        "medicare" => PlanType.Medicare,
        "medicareAdvantage" => PlanType.MedicareAdvantage,
        "medicaid" => PlanType.Medicaid,
        NotSure => PlanType.NotSure,
        _ => null,
    };

    public static bool NeedsPlan(string? value) => value is "private" or "medicareAdvantage";

    public static IReadOnlyList<(string Value, string Label)> Providers { get; } =
    [
        ("massageTherapist", "A massage therapist"),
        ("physicalTherapist", "A physical therapist"),
        ("occupationalTherapist", "An occupational therapist"),
        ("chiropractor", "A chiropractor"),
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
