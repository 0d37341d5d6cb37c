using BenchmarkDotNet.Attributes;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;

namespace MassageCoverage.Benchmarks;

/// <summary>
/// The plan search of /check and its suggestions at 100,000 plans (the snapshot's index), for a one-letter query
/// (the worst case: most plans match), an insurer and tier, and a code. The scan it replaced took 159-216 ms.
/// </summary>
[MemoryDiagnoser]
public class PlanSearchBenchmarks
{
    private const int Plans = 100_000;
    private PlanIndex _index = null!;

    [Params("a", "cascade gold", "plan-077777")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var plans = Generate().ToList();
        _index = new PlanIndex(plans);
    }

    [Benchmark]
    public int Indexed() => _index.Search(Query, "WA", null, 20).Total;

    /// <summary>100,000 plans of 40 insurers, each sold in three states, named as insurers name them.</summary>
    public static IEnumerable<PlanEntry> Generate()
    {
        string[] insurers = ["Acme", "Summit", "Harbor", "Blue Ridge", "Cascade", "Pioneer", "Evergreen", "Keystone", "Lakeshore", "Prairie"];
        string[] regions = ["Northwest", "Mountain", "Gulf", "Atlantic"];
        string[] tiers = ["Gold", "Silver", "Bronze", "Platinum", "Basic", "Plus", "Choice", "Select"];
        string[] kinds = ["PPO", "HMO", "EPO", "POS"];
        string[] states = ["WA", "OR", "CA", "CO", "TX", "NY", "FL", "GA", "IL", "OH", "PA", "AZ"];
        for (var i = 0; i < Plans; i++)
        {
            var insurer = $"{insurers[i % insurers.Length]} {regions[i / insurers.Length % regions.Length]} Health";
            yield return new PlanEntry(
                $"plan-{i:D6}", insurer, $"{insurers[i % insurers.Length]} {kinds[i / 7 % kinds.Length]} {tiers[i / 3 % tiers.Length]} {i % 97}",
                PlanType.Private, [states[i % states.Length], states[(i / 5 + 1) % states.Length], states[(i / 13 + 2) % states.Length]],
                NetworkType.Ppo, []);
        }
    }
}

/// <summary>What a new snapshot spends on its plan search at 100,000 plans, once per catalog change.</summary>
[MemoryDiagnoser]
public class PlanIndexBuildBenchmarks
{
    private List<PlanEntry> _plans = null!;

    [GlobalSetup]
    public void Setup() => _plans = PlanSearchBenchmarks.Generate().ToList();

    [Benchmark]
    public int Build() => new PlanIndex(_plans).Count;
}
