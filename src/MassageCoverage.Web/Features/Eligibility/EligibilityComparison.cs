using System.Globalization;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Eligibility.Massage;
using MassageCoverage.Web.Features.Catalog.Editing;

namespace MassageCoverage.Web.Features.Eligibility;

public enum Agreement
{
    Agrees,
    Differs,
    NotComparable,
}

/// <summary>One term as the 271 and as the stored rule say it.</summary>
public sealed record ComparisonRow(string Term, string FileSays, string RuleSays, Agreement Agreement);

/// <summary>
/// A 271's reading beside the rule version the catalog holds for today, term by term, and the values a new version
/// drafted from the 271 would start with. Only what the 271 states is compared or drafted: a term it is silent or
/// unclear on stays as the rule has it.
/// </summary>
public static class EligibilityComparison
{
    public static IReadOnlyList<ComparisonRow> Compare(MassageBenefitSummary summary, RuleTerms rule)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(rule);
        return
        [
            new("Coverage", EligibilityWords.Status(summary.Status), rule.Covered ? "covered" : "not covered", summary.Status switch
            {
                CoverageStatus.Active => rule.Covered ? Agreement.Agrees : Agreement.Differs,
                CoverageStatus.NotCovered => rule.Covered ? Agreement.Differs : Agreement.Agrees,
                _ => Agreement.NotComparable,
            }),
            Row("Visits per year", summary.VisitsPerYear, rule.MaxVisitsPerYear, n => n.ToString(CultureInfo.InvariantCulture), "no limit"),
            new("Prior authorization", summary.PriorAuthorizationRequired switch { true => "required", false => "not required", _ => "not stated" },
                RuleForm.Fields[RuleForm.PriorAuthorizationField].Words!(rule),
                summary.PriorAuthorizationRequired is { } required
                    ? required == rule.RequiresPriorAuthorization ? Agreement.Agrees : Agreement.Differs
                    : Agreement.NotComparable),
            Row("Co-payment", summary.CopayAmount, rule.Copay, EligibilityWords.Money, "none set"),
            Row("Co-insurance", summary.CoinsurancePercent, rule.CoinsurancePercent, EligibilityWords.Percent, "none set"),
        ];
    }

    /// <summary>The rule editor's fields a new version drafted from this 271 starts with (the rest as the current version reads).</summary>
    public static IReadOnlyDictionary<string, string> Draft(MassageBenefitSummary summary, string payer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var draft = new Dictionary<string, string>(StringComparer.Ordinal);
        if (summary.Status is CoverageStatus.Active or CoverageStatus.NotCovered)
        {
            draft[nameof(RuleForm.Covered)] = summary.Status == CoverageStatus.Active ? "true" : "false";
        }

        if (summary.VisitsPerYear is { } visits)
        {
            draft[nameof(RuleForm.MaxVisitsPerYear)] = visits.ToString(CultureInfo.InvariantCulture);
        }

        if (summary.PriorAuthorizationRequired is { } required)
        {
            draft[nameof(RuleForm.PriorAuthorization)] = required ? RuleForm.PriorAuthorizationAlways : RuleForm.PriorAuthorizationNever;
        }

        if (summary.CopayAmount is { } copay)
        {
            draft[nameof(RuleForm.Copay)] = copay.ToString("0.##", CultureInfo.InvariantCulture);
        }

        if (summary.CoinsurancePercent is { } percent)
        {
            draft[nameof(RuleForm.CoinsurancePercent)] = percent.ToString("0.##", CultureInfo.InvariantCulture);
        }

        draft[nameof(RuleForm.Source)] = $"X12 271 eligibility response from {payer}, read {IsoDate.Format(today)} ({EligibilityWords.ServiceType(summary.AnsweredBy)})";
        return draft;
    }

    private static ComparisonRow Row<T>(string term, T? file, T? rule, Func<T, string> words, string ruleNone)
        where T : struct, IEquatable<T> =>
        new(term, file is { } f ? words(f) : "not stated", rule is { } r ? words(r) : ruleNone,
            file is not { } value ? Agreement.NotComparable : rule is { } stored && stored.Equals(value) ? Agreement.Agrees : Agreement.Differs);
}
