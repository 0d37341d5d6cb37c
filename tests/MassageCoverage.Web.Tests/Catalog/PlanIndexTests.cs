using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;

namespace MassageCoverage.Web.Tests.Catalog;

public class PlanIndexTests
{
    private static readonly PlanIndex Index = new(
    [
        Plan("summit-epo-plus", "Summit Health", "Summit EPO Plus", "CO", "TX"),
        Plan("acme-ppo-gold", "Acme Insurance", "Acme PPO Gold", "WA", "OR"),
        Plan("acme-hmo-basic", "Acme Insurance", "Acme HMO Basic", "WA"),
        Plan("harbor-ma-choice", "Harbor Senior Health", "Harbor Medicare Advantage Choice", "FL", "CO"),
    ]);

    [Theory]
    [InlineData("acme", "", "acme-hmo-basic,acme-ppo-gold")]
    [InlineData("ACME gol", "", "acme-ppo-gold")]
    [InlineData("gold acme", "", "acme-ppo-gold")]
    [InlineData("health", "", "harbor-ma-choice,summit-epo-plus")]
    [InlineData("epo-plus", "", "summit-epo-plus")]
    [InlineData("acme", "or", "acme-ppo-gold")]
    [InlineData("", "CO", "harbor-ma-choice,summit-epo-plus")]
    [InlineData("  ", "", "acme-hmo-basic,acme-ppo-gold,harbor-ma-choice,summit-epo-plus")]
    [InlineData("cme", "", "")]
    [InlineData("acme zzz", "", "")]
    [InlineData("acme", "CO", "")]
    [InlineData("acme", "XX", "")]
    public void Every_word_begins_a_word_of_the_insurer_name_or_code(string query, string state, string codes)
    {
        var page = Index.Search(query, state, null, 100);

        Assert.Equal(codes, string.Join(",", page.Plans.Select(p => p.Code)));
        Assert.Equal(page.Plans.Count, page.Total);
        Assert.False(page.HasMore);
    }

    [Fact]
    public void A_plan_reached_through_several_words_is_listed_once()
    {
        // "h" begins Harbor, Health, HMO and Harbor's code: each plan still counts once.
        var page = Index.Search("h", null, null, 100);

        Assert.Equal(["acme-hmo-basic", "harbor-ma-choice", "summit-epo-plus"], page.Plans.Select(p => p.Code));
        Assert.Equal(3, page.Total);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    public void A_page_starts_after_the_code_given_and_counts_every_match(string query)
    {
        var first = Index.Search(query, null, null, 1);
        var second = Index.Search(query, null, first.Plans[^1].Code, 1);

        Assert.Equal(["acme-hmo-basic"], first.Plans.Select(p => p.Code));
        Assert.True(first.HasMore);
        Assert.Equal(["acme-ppo-gold"], second.Plans.Select(p => p.Code));
        Assert.Equal(first.Total, second.Total);
    }

    [Fact]
    public void A_page_after_a_code_no_longer_listed_starts_where_it_would_have_been()
    {
        var page = Index.Search(null, null, "acme-kkk", 10);

        Assert.Equal(["acme-ppo-gold", "harbor-ma-choice", "summit-epo-plus"], page.Plans.Select(p => p.Code));
    }

    [Fact]
    public void It_finds_what_a_scan_of_every_plan_finds()
    {
        var insurers = new[] { "Acme", "Summit", "Harbor", "Blue Ridge", "Cascade", "Pioneer" };
        var tiers = new[] { "Gold", "Silver", "Bronze", "Plus", "Basic", "Choice" };
        var states = new[] { "WA", "OR", "CO", "TX", "NY", "FL" };
        var plans = Enumerable.Range(0, 3000).Select(i => Plan(
            $"plan-{i:D5}", insurers[i % insurers.Length] + " Health", $"{insurers[i % insurers.Length]} {tiers[i / 7 % tiers.Length]} {i}",
            states[i % states.Length], states[i / 11 % states.Length])).ToList();
        var index = new PlanIndex(plans);

        foreach (var (query, state) in new (string Query, string? State)[] { ("acme", "WA"), ("b", null), ("health go", "CO"), ("12", null), ("cascade silver 3", "TX"), ("", "NY") })
        {
            var words = query.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var expected = plans
                .Where(p => words.All(w => $"{p.Insurer} {p.Name} {p.Code.Replace('-', ' ')}".ToLowerInvariant().Split(' ').Any(x => x.StartsWith(w, StringComparison.Ordinal))))
                .Where(p => state is null || p.States.Contains(state))
                .Select(p => p.Code).Order(StringComparer.Ordinal).ToList();

            var page = index.Search(query, state, null, 20);

            Assert.Equal(expected.Count, page.Total);
            Assert.Equal(expected.Take(20), page.Plans.Select(p => p.Code));
            Assert.Equal(expected.Count > 20, page.HasMore);
        }
    }

    private static PlanEntry Plan(string code, string insurer, string name, params string[] states) =>
        new(code, insurer, name, PlanType.Private, states, NetworkType.Ppo, []);
}
