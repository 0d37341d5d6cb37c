using System.Net;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

[Collection(AppCollectionDefinition.Name)]
public class MedicaidPageTests(AppFixture app)
{
    [Fact]
    public async Task Lists_all_51_jurisdictions_with_Colorados_waiver_and_its_source()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/medicaid", UriKind.Relative));
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(51, page.QuerySelectorAll("tbody tr").Length);
        var colorado = page.QuerySelector("#state-CO")!.TextContent;
        Assert.Contains("Complementary and Integrative Health waiver", colorado, StringComparison.Ordinal);
        Assert.Contains("Only through a waiver program", colorado, StringComparison.Ordinal);
        Assert.Contains("10 CCR 2505-10", colorado, StringComparison.Ordinal);
        Assert.Contains("2026-11-26", colorado, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_state_says_whom_to_call_and_a_phone_from_one_source_says_verify_beside_the_CMS_directory()
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/medicaid", UriKind.Relative)));

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.All(rows, row =>
        {
            Assert.NotNull(row.QuerySelector(".medicaid-agency a[href^='tel:+1']"));
            Assert.NotNull(row.QuerySelector(".medicaid-agency a[href='https://www.medicaid.gov/about-us/where-can-people-get-help-medicaid-chip/index.html']"));
        });
        var alabama = page.QuerySelector("#state-AL .medicaid-agency")!;
        Assert.Contains("Alabama Medicaid Agency", alabama.TextContent, StringComparison.Ordinal);
        Assert.Equal("tel:+18003621504", alabama.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Null(alabama.QuerySelector(".verify"));
        var alaska = page.QuerySelector("#state-AK .medicaid-agency")!;
        Assert.Contains("verify", alaska.QuerySelector(".verify")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 source", alaska.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Medicaid_check_says_whom_to_call_in_that_state()
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/check/result?coverage=medicaid&state=AL&diagnosis=M54.50&age=34", UriKind.Relative)));

        Assert.Equal("Whom to call about Alabama Medicaid", page.QuerySelector("#agency-title")!.TextContent);
        Assert.Contains("800-362-1504", page.QuerySelector(".medicaid-agency")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task States_without_reliable_data_say_unknown_verify_with_no_source()
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/medicaid", UriKind.Relative)));

        var texas = page.QuerySelector("#state-TX")!.TextContent;
        Assert.Contains("Unknown - verify", texas, StringComparison.Ordinal);
        Assert.Contains("None yet", texas, StringComparison.Ordinal);
        Assert.Contains("Never", texas, StringComparison.Ordinal);
        var oregon = page.QuerySelector("#state-OR")!.TextContent;
        Assert.Contains("Unknown - verify", oregon, StringComparison.Ordinal);
        Assert.Contains("coordinated care organisation", oregon, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorts_by_state_name_by_default_and_reverses_on_request()
    {
        using var client = app.Factory.CreateClient();
        var ascending = await RowIds(client, "/medicaid");
        var descending = await RowIds(client, "/medicaid?sort=State&descending=true");

        Assert.Equal("state-AL", ascending[0]);
        Assert.Equal("state-WY", ascending[^1]);
        Assert.Equal(ascending.AsEnumerable().Reverse(), descending);
    }

    [Fact]
    public async Task Sorting_by_status_groups_each_status_together_and_marks_the_column()
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/medicaid?sort=Status", UriKind.Relative)));

        var statuses = page.QuerySelectorAll("tbody tr .status-badge").Select(b => b.TextContent).ToList();
        Assert.Equal(statuses.Order(StringComparer.Ordinal), statuses);
        Assert.Equal("Only through a waiver program", statuses[0]);
        Assert.Equal("ascending", page.QuerySelectorAll("thead th")[1].GetAttribute("aria-sort"));
        Assert.Null(page.QuerySelectorAll("thead th")[0].GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task A_sort_value_that_means_nothing_falls_back_to_the_state_order()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/medicaid?sort=%27%3Bdrop&descending=maybe", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = (await HtmlPage.ParseAsync(response)).QuerySelectorAll("tbody tr").Select(r => r.Id).ToList();
        Assert.Equal("state-AL", ids[0]);
    }

    private static async Task<List<string?>> RowIds(HttpClient client, string url)
    {
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
        return page.QuerySelectorAll("tbody tr").Select(r => r.Id).ToList();
    }
}
