using System.Net;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Api;

[Collection(AppCollectionDefinition.Name)]
public class PlanApiTests(AppFixture app)
{
    [Fact]
    public async Task Searching_by_insurer_name_finds_both_acme_plans()
    {
        var codes = await SearchAsync("/api/v1/plans?query=acme");

        Assert.Equal(["acme-hmo-basic", "acme-ppo-gold"], codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Searching_by_plan_name_ignores_case()
    {
        Assert.Equal(["summit-epo-plus"], await SearchAsync("/api/v1/plans?query=EPO%20plus"));
    }

    [Fact]
    public async Task Searching_by_state_lists_only_plans_sold_there()
    {
        var codes = await SearchAsync("/api/v1/plans?state=co");

        Assert.Equal(["harbor-ma-choice", "summit-epo-plus"], codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_search_result_describes_each_plan_without_its_rules()
    {
        using var client = app.Factory.CreateClient();
        var result = await (await client.GetAsync("/api/v1/plans?query=harbor")).OkJsonAsync();

        var plan = Assert.Single(result.GetProperty("plans").EnumerateArray());
        Assert.Equal("Harbor Senior Health (demo)", plan.Text("insurer"));
        Assert.Equal("Harbor Medicare Advantage Choice (demo)", plan.Text("name"));
        Assert.Equal("medicareAdvantage", plan.Text("planType"));
        Assert.Equal("hmo", plan.Text("networkType"));
        Assert.Contains("FL", plan.GetProperty("states").Strings());
        Assert.False(plan.TryGetProperty("rules", out _));
    }

    [Fact]
    public async Task Searching_in_an_unknown_state_is_a_400_naming_state()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync("/api/v1/plans?state=XX");

        await response.FieldErrorsAsync("state");
    }

    [Fact]
    public async Task A_plan_comes_with_every_version_of_its_rule()
    {
        using var client = app.Factory.CreateClient();
        var plan = await (await client.GetAsync("/api/v1/plans/ACME-PPO-GOLD")).OkJsonAsync();

        Assert.Equal("acme-ppo-gold", plan.Text("code"));
        Assert.Equal("private", plan.Text("planType"));
        var rules = plan.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["2025-01-01", "2026-01-01"], rules.Select(r => r.Text("effectiveFrom")));
        Assert.Equal("2025-12-31", rules[0].Text("effectiveTo"));
        Assert.Equal([10, 12], rules.Select(r => r.GetProperty("maxVisitsPerYear").GetInt32()));
        Assert.Equal(90, rules[1].GetProperty("referralValidDays").GetInt32());
        Assert.Contains("M54", rules[1].GetProperty("coveredDiagnosisPrefixes").Strings());
    }

    [Fact]
    public async Task An_unknown_plan_code_is_a_404_problem()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync("/api/v1/plans/no-such-plan");

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Plan not found", problem.Text("title"));
    }

    private async Task<List<string>> SearchAsync(string url)
    {
        using var client = app.Factory.CreateClient();
        var result = await (await client.GetAsync(url)).OkJsonAsync();
        return [.. result.GetProperty("plans").EnumerateArray().Select(p => p.Text("code"))];
    }
}
