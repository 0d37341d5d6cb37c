using FluentValidation;
using MassageCoverage.Core;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>Checks that need more than one entry in view: each plan and state once, versions that do not overlap.</summary>
internal static class FileWideChecks
{
    public static void UniquePlanCodes(IReadOnlyList<PlanDocument>? plans, ValidationContext<CatalogDocument> context) =>
        ReportRepeats(plans, p => p?.Code, "Plans", "Code", "plans", "plan code", context);

    public static void UniqueStates(IReadOnlyList<MedicaidDocument>? states, ValidationContext<CatalogDocument> context) =>
        ReportRepeats(states, m => UsStates.Find(m?.State)?.Code, "Medicaid", "State", "medicaid", "state", context);

    public static void PlanVersions(IReadOnlyList<PlanDocument>? plans, ValidationContext<CatalogDocument> context)
    {
        for (var i = 0; i < (plans?.Count ?? 0); i++)
        {
            foreach (var (index, message) in VersionOverlaps.Find(plans![i]?.Rules ?? [], "rules"))
            {
                context.AddFailure($"Plans[{i}].Rules[{index}].EffectiveFrom", message);
            }
        }
    }

    public static void StateVersions(IReadOnlyList<MedicaidDocument>? states, ValidationContext<CatalogDocument> context)
    {
        for (var i = 0; i < (states?.Count ?? 0); i++)
        {
            var state = states![i];
            if (state?.Rule is not null)
            {
                continue;
            }

            foreach (var (index, message) in VersionOverlaps.Find(state?.Rules ?? [], "rules"))
            {
                context.AddFailure($"Medicaid[{i}].Rules[{index}].EffectiveFrom", message);
            }
        }
    }

    private static void ReportRepeats<T>(IReadOnlyList<T?>? entries, Func<T?, string?> key, string list, string field,
        string jsonList, string what, ValidationContext<CatalogDocument> context) where T : class
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            if (key(entries![i]) is not { Length: > 0 } value)
            {
                continue;
            }

            if (!first.TryAdd(value, i))
            {
                context.AddFailure($"{list}[{i}].{field}",
                    $"{what} {Quoted.Of(value)} appears more than once in the file (first at $.{jsonList}[{first[value]}])");
            }
        }
    }
}
