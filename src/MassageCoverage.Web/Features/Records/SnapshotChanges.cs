using MassageCoverage.Web.Features.Check;

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
                changes.Add(new SnapshotChange(what, before ?? "None", after ?? "None"));
            }
        }

        Compare("Answer", then.DecisionLabel, now.DecisionLabel);
        foreach (var code in then.Requirements.Select(r => r.Code).Union(now.Requirements.Select(r => r.Code), StringComparer.Ordinal))
        {
            var before = then.Requirements.FirstOrDefault(r => r.Code == code);
            var after = now.Requirements.FirstOrDefault(r => r.Code == code);
            Compare((before ?? after)!.Label, before?.StatusLabel ?? "Not required", after?.StatusLabel ?? "Not required");
        }

        Compare("Visits", then.Visits, now.Visits);
        Compare("What you may pay", string.Join(" ", then.CostShare), string.Join(" ", now.CostShare));
        Compare("Rule", then.Rule?.Owner, now.Rule?.Owner);
        Compare("Rule in effect since", Date(then.Rule?.EffectiveFrom), Date(now.Rule?.EffectiveFrom));
        Compare("Rule source", then.Rule?.Source, now.Rule?.Source);
        Compare("Rule last verified", Date(then.Rule?.LastVerified), Date(now.Rule?.LastVerified));
        return changes;
    }

    private static string? Date(DateOnly? date) => date is null ? null : ResultText.Date(date);
}
