using System.Globalization;
using MassageCoverage.Core;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Pages.Account.Calls;

/// <summary>
/// The call form's "which plan" and "what was said" as posted, read once here: one radio group names the owner
/// (<c>plan:CODE</c>, <c>medicare</c>, <c>medicaid</c> with a state, or nothing), and each answer is yes, no or empty.
/// </summary>
public static class CallAbout
{
    public const string PlanPrefix = "plan:";
    public const string Medicare = "medicare";
    public const string Medicaid = "medicaid";
    public const int MaxVisits = 1000;

    public static bool IsChoice(string? about) =>
        string.IsNullOrEmpty(about) || about is Medicare or Medicaid
        || (about.StartsWith(PlanPrefix, StringComparison.Ordinal) && about.Length > PlanPrefix.Length
            && about.Length <= PlanPrefix.Length + RuleOwnerRef.PlanCodeMaxLength);

    /// <summary>The owner a valid choice names; null for none.</summary>
    public static RuleOwnerRef? Read(string? about, string? state) => about switch
    {
        Medicare => RuleOwnerRef.Medicare,
        Medicaid => RuleOwnerRef.Medicaid(UsStates.Find(state?.Trim())?.Code ?? ""),
        not null when IsChoice(about) && about.StartsWith(PlanPrefix, StringComparison.Ordinal) => RuleOwnerRef.Plan(about[PlanPrefix.Length..]),
        _ => null,
    };

    /// <summary>The plan code a choice names, or null when it names no plan.</summary>
    public static string? PlanCode(string? about) => Read(about, null) is { Kind: RuleOwnerKind.Plan } plan ? plan.PlanCode : null;

    public static string? Write(RuleOwnerRef? owner) => owner?.Kind switch
    {
        RuleOwnerKind.Plan => PlanPrefix + owner.PlanCode,
        RuleOwnerKind.Medicare => Medicare,
        RuleOwnerKind.Medicaid => Medicaid,
        _ => null,
    };

    public static bool IsYesNo(string? value) => string.IsNullOrEmpty(value) || value is "yes" or "no";

    public static bool? YesNo(string? value) => value switch { "yes" => true, "no" => false, _ => null };

    public static string? YesNo(bool? value) => value switch { true => "yes", false => "no", null => null };

    public static int? Visits(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= MaxVisits ? n : null;
}
