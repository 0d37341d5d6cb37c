using MassageCoverage.Web.Features.Check;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Records;

/// <summary>One thing that reads differently today than in the saved check.</summary>
public sealed record SnapshotChange(string What, string Then, string Now);

/// <summary>What "Run again" compares: the answer, each requirement, visits, cost share and the rule it rests on.</summary>
public static class SnapshotChanges
{
    public static IReadOnlyList<SnapshotChange> Between(CheckSnapshot then, CheckSnapshot now)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(now);
        var changes = new List<SnapshotChange>();
        void Compare(string what, string? before, string? after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                changes.Add(new SnapshotChange(what, before ?? RecordStrings.ChangeNone, after ?? RecordStrings.ChangeNone));
            }
        }

        Compare(RecordStrings.ChangeAnswer, then.DecisionLabel, now.DecisionLabel);
        foreach (var code in then.Requirements.Select(r => r.Code).Union(now.Requirements.Select(r => r.Code), StringComparer.Ordinal))
        {
            var before = then.Requirements.FirstOrDefault(r => r.Code == code);
            var after = now.Requirements.FirstOrDefault(r => r.Code == code);
            Compare((before ?? after)!.Label, before?.StatusLabel ?? RecordStrings.ChangeNotRequired, after?.StatusLabel ?? RecordStrings.ChangeNotRequired);
        }

        Compare(RecordStrings.ChangeVisits, then.Visits, now.Visits);
        Compare(RecordStrings.ChangeCost, string.Join(" ", then.CostShare), string.Join(" ", now.CostShare));
        Compare(RecordStrings.ChangeRule, then.Rule?.Owner, now.Rule?.Owner);
        Compare(RecordStrings.ChangeRuleSince, Date(then.Rule?.EffectiveFrom), Date(now.Rule?.EffectiveFrom));
        Compare(RecordStrings.ChangeRuleSource, then.Rule?.Source, now.Rule?.Source);
        Compare(RecordStrings.ChangeRuleVerified, Date(then.Rule?.LastVerified), Date(now.Rule?.LastVerified));
        return changes;
    }

    private static string? Date(DateOnly? date) => date is null ? null : ResultText.Date(date);
}
