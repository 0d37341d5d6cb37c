using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;

namespace MassageCoverage.Web.Tests.Catalog;

/// <summary>
/// An index with changes laid over it answers every search, page by page, as the index built whole from the same plans:
/// through many small changes, a plan changed again and again, and past the size at which it is built again.
/// </summary>
public class PlanIndexChangeTests
{
    private static readonly string[] Insurers = ["Acme Health", "Summit Mutual", "Harbor Senior Health", "River Care"];
    private static readonly string[] Words = ["gold", "silver", "basic", "plus", "choice", "select", "epo", "ppo", "hmo"];
    private static readonly string[] States = ["WA", "OR", "CO", "TX", "FL"];
    private static readonly (string Query, string? State)[] Searches =
    [
        ("", null), ("", "CO"), ("acme", null), ("gold", "WA"), ("s", null), ("health plus", null), ("river c", "TX"),
        ("p-1", null), ("zzz", null), ("summit", "FL"),
    ];

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 400)]
    [InlineData(3, 1_500)]
    public void Changes_laid_over_an_index_answer_as_the_index_built_whole(int seed, int steps)
    {
        var random = new Random(seed);
        var plans = Enumerable.Range(0, 3_000).Select(i => Plan(random, $"p-{i}")).ToDictionary(p => p.Code);
        var index = new PlanIndex(plans.Values);
        var next = plans.Count;
        for (var step = 0; step < steps; step++)
        {
            var removed = new List<PlanEntry>();
            var added = new List<PlanEntry>();
            foreach (var code in plans.Keys.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).ToList())
            {
                removed.Add(plans[code]);
                plans.Remove(code);
                if (random.Next(3) > 0)
                {
                    // Changed rather than deleted: the same code, other words and states.
                    added.Add(plans[code] = Plan(random, code));
                }
            }

            for (var i = random.Next(0, 3); i > 0; i--)
            {
                added.Add(plans[$"p-{next}"] = Plan(random, $"p-{next++}"));
            }

            index = index.With(removed, added);
            if (step % 20 == 0 || step == steps - 1)
            {
                AssertSameSearches(new PlanIndex(plans.Values), index);
            }
        }
    }

    [Fact]
    public void A_plan_that_is_not_in_the_index_cannot_be_removed()
    {
        var plan = Plan(new Random(1), "p-1");
        var index = new PlanIndex([plan]);

        Assert.Throws<ArgumentException>(() => index.With([Plan(new Random(1), "p-1")], []));
        var without = index.With([plan], []);
        Assert.Throws<ArgumentException>(() => without.With([plan], []));
        Assert.Equal(0, without.Count);
    }

    private static void AssertSameSearches(PlanIndex whole, PlanIndex changed)
    {
        Assert.Equal(whole.Count, changed.Count);
        foreach (var (query, state) in Searches)
        {
            Assert.Equal(Pages(whole, query, state), Pages(changed, query, state));
        }
    }

    /// <summary>Every page of a search, 97 plans each, following the cursor as a client would.</summary>
    private static List<string> Pages(PlanIndex index, string query, string? state)
    {
        var pages = new List<string>();
        string? after = null;
        while (true)
        {
            var page = index.Search(query, state, after, 97);
            pages.Add($"{string.Join(",", page.Plans.Select(p => p.Code))} of {page.Total}");
            if (!page.HasMore)
            {
                return pages;
            }

            after = page.Plans[^1].Code;
        }
    }

    private static PlanEntry Plan(Random random, string code) => new(
        code,
        Insurers[random.Next(Insurers.Length)],
        $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}",
        PlanType.Private,
        [.. States.Where(_ => random.Next(3) == 0)],
        NetworkType.Ppo,
        []);
}
