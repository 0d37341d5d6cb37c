namespace MassageCoverage.Core.Coverage;

/// <summary>A visit pool in the patient's words: "rehab visits: physical therapy, occupational therapy and chiropractic together".</summary>
public static class VisitPoolText
{
    /// <summary>"rehab visits", whether the pool's name says "visits" or not.</summary>
    public static string Visits(VisitPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var name = string.IsNullOrWhiteSpace(pool.Name) ? "pooled" : pool.Name.Trim();
        return name.EndsWith("visits", StringComparison.OrdinalIgnoreCase) ? name : $"{name} visits";
    }

    /// <summary>"physical therapy, occupational therapy and chiropractic"; "other services" when the pool lists none.</summary>
    public static string Services(VisitPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var labels = pool.Includes.Distinct().Select(Label).ToList();
        return labels.Count switch
        {
            0 => "other services",
            1 => labels[0],
            _ => $"{string.Join(", ", labels[..^1])} and {labels[^1]}",
        };
    }

    /// <summary>The whole phrase: what the pool is called and which services count in it together with massage.</summary>
    public static string Describe(VisitPool pool) => $"{Visits(pool)}: {Services(pool)} together with massage";

    public static string Label(PooledService service) => service switch
    {
        PooledService.PhysicalTherapy => "physical therapy",
        PooledService.OccupationalTherapy => "occupational therapy",
        PooledService.SpeechTherapy => "speech therapy",
        PooledService.Chiropractic => "chiropractic",
        _ => "acupuncture",
    };
}
