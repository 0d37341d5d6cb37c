namespace MassageCoverage.Core.Coverage;

/// <summary>What a snapshot must satisfy for every lookup to have one answer.</summary>
internal static class CatalogGuard
{
    public static void Check(IReadOnlyList<PlanEntry> plans, IReadOnlyList<MedicaidEntry> medicaid, MedicareEntry? medicare)
    {
        var problems = new List<string>();
        problems.AddRange(plans.GroupBy(p => p.Code.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"Plan code '{g.Key}' appears {g.Count()} times."));
        problems.AddRange(medicaid.GroupBy(m => m.StateCode.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"State '{g.Key}' appears {g.Count()} times."));
        problems.AddRange(medicaid.Where(m => UsStates.Find(m.StateCode) is null)
            .Select(m => $"State '{m.StateCode}' is not one of the 50 states and DC."));
        problems.AddRange(plans.SelectMany(p => Overlaps($"plan {p.Code}", p.Rules)));
        problems.AddRange(medicaid.SelectMany(m => Overlaps($"Medicaid {m.StateCode}", m.Rules)));
        if (medicare is not null)
        {
            problems.AddRange(Overlaps("Original Medicare", medicare.Rules));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The coverage catalog is inconsistent: " + string.Join(" ", problems));
        }
    }

    private static IEnumerable<string> Overlaps(string owner, IReadOnlyList<CoverageRule> rules) =>
        RuleVersions.FindOverlaps(rules).Select(o => $"{owner}: rule {o.Later.Id} overlaps rule {o.Earlier.Id}.");
}
