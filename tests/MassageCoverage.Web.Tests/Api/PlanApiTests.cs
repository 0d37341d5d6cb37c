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

    [Fact]
    public async Task Following_next_links_lists_every_plan_once_in_code_order()
    {
        using var client = app.Factory.CreateClient();
        var all = await (await client.GetAsync("/api/v1/plans?limit=100")).OkJsonAsync();
        var total = all.GetProperty("total").GetInt32();

        var seen = new List<string>();
        string? url = "/api/v1/plans?limit=1";
        while (url is not null)
        {
            using var response = await client.GetAsync(url);
            var page = await response.OkJsonAsync();
            Assert.Equal(total, page.GetProperty("total").GetInt32());
            seen.AddRange(page.GetProperty("plans").EnumerateArray().Select(p => p.Text("code")));
            Assert.Contains(Links(response), l => l.Rel == "first" && l.Url == "/api/v1/plans?limit=1");
            url = Links(response).SingleOrDefault(l => l.Rel == "next").Url;
            Assert.Equal(url is null, page.GetProperty("nextCursor").ValueKind == System.Text.Json.JsonValueKind.Null);
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal(all.GetProperty("plans").EnumerateArray().Select(p => p.Text("code")), seen);
    }

    [Fact]
    public async Task A_page_of_a_search_counts_every_match_and_its_next_link_asks_the_same()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync("/api/v1/plans?query=acme&limit=1");
        var page = await response.OkJsonAsync();

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(["acme-hmo-basic"], page.GetProperty("plans").EnumerateArray().Select(p => p.Text("code")));
        var next = Links(response).Single(l => l.Rel == "next").Url!;
        Assert.StartsWith("/api/v1/plans?query=acme&limit=1&cursor=", next, StringComparison.Ordinal);
        Assert.EndsWith(page.Text("nextCursor"), next, StringComparison.Ordinal);

        using var second = await client.GetAsync(next);
        var last = await second.OkJsonAsync();
        Assert.Equal(["acme-ppo-gold"], last.GetProperty("plans").EnumerateArray().Select(p => p.Text("code")));
        Assert.DoesNotContain(Links(second), l => l.Rel == "next");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("-1")]
    [InlineData("ten")]
    [InlineData("")]
    public async Task A_limit_outside_1_to_100_is_a_400_naming_limit(string limit)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync($"/api/v1/plans?limit={limit}");

        await response.FieldErrorsAsync("limit");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not*base64")]
    [InlineData("YSBi")] // "a b": no plan code has a space
    [InlineData("_w")] // not UTF-8
    public async Task A_cursor_this_api_did_not_give_is_a_400_naming_cursor(string cursor)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync($"/api/v1/plans?cursor={Uri.EscapeDataString(cursor)}");

        await response.FieldErrorsAsync("cursor");
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_paging()
    {
        using var client = app.Factory.CreateClient();
        var document = await (await client.GetAsync("/openapi/v1.json")).OkJsonAsync();
        var search = document.GetProperty("paths").GetProperty("/api/v1/plans").GetProperty("get");

        var parameters = search.GetProperty("parameters").EnumerateArray().Select(p => p.Text("name")).ToList();
        Assert.Contains("limit", parameters);
        Assert.Contains("cursor", parameters);
        Assert.True(search.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("Link", out _));
        Assert.True(search.GetProperty("responses").TryGetProperty("400", out _));
    }

    /// <summary>The Link header's links (RFC 8288), as relation and target.</summary>
    private static List<(string Rel, string? Url)> Links(HttpResponseMessage response) =>
        [.. (response.Headers.TryGetValues("Link", out var values) ? values : [])
            .SelectMany(v => v.Split(", <"))
            .Select(link => System.Text.RegularExpressions.Regex.Match(link, "<?([^>]*)>; rel=\"([a-z]+)\""))
            .Select(m => (m.Groups[2].Value, (string?)m.Groups[1].Value))];

    private async Task<List<string>> SearchAsync(string url)
    {
        using var client = app.Factory.CreateClient();
        var result = await (await client.GetAsync(url)).OkJsonAsync();
        return [.. result.GetProperty("plans").EnumerateArray().Select(p => p.Text("code"))];
    }
}
