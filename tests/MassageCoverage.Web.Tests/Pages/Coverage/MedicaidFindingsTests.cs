using System.Text.Json;
using MassageCoverage.Testing;
using MassageCoverage.Web.Tests.Api;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

[Collection(AppCollectionDefinition.Name)]
public class MedicaidFindingsTests(AppFixture app)
{
    [Fact]
    public async Task Texas_row_shows_what_we_found_with_its_source_month_and_verify_and_stays_unknown()
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/medicaid", UriKind.Relative)));

        var texas = page.QuerySelector("#state-TX")!;
        Assert.Equal("Unknown - verify", texas.QuerySelector(".status-badge")!.TextContent);
        var findings = texas.QuerySelector(".medicaid-findings")!;
        Assert.Contains("What we found (not a promise of coverage; verify with the agency below)", Normalised(findings.TextContent), StringComparison.Ordinal);
        var finding = Assert.Single(findings.QuerySelectorAll("li.medicaid-finding"));
        Assert.Contains("CLASS 1915(c) waiver", finding.TextContent, StringComparison.Ordinal);
        Assert.Contains("26 TAC section 259.7(c)(19)", finding.QuerySelector(".finding-source")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("December 2026", finding.QuerySelector(".finding-found")!.TextContent);
        Assert.Contains("waiver only", finding.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("verify", finding.QuerySelector(".verify")!.TextContent, StringComparison.Ordinal);
        // The agency to verify with follows the findings, as their label says.
        Assert.True(findings.CompareDocumentPosition(texas.QuerySelector(".medicaid-agency")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public async Task Only_the_seven_states_with_findings_show_them_and_the_implied_ones_stay_unknown()
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/medicaid", UriKind.Relative)));

        var withFindings = page.QuerySelectorAll("tbody tr").Where(r => r.QuerySelector(".medicaid-findings") is not null)
            .Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["state-CA", "state-CO", "state-FL", "state-MN", "state-TX", "state-VT", "state-WA"], withFindings);
        foreach (var code in new[] { "CA", "MN", "WA", "FL", "VT" })
        {
            Assert.Equal("Unknown - verify", page.QuerySelector($"#state-{code} .status-badge")!.TextContent);
        }

        Assert.Contains("the source's list leaves massage out", page.QuerySelector("#state-CA .medicaid-findings")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Only through a waiver program", page.QuerySelector("#state-CO .status-badge")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Texas_Medicaid_result_shows_what_we_found_before_whom_to_call()
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/check/result?coverage=medicaid&state=TX&diagnosis=M54.50&age=34", UriKind.Relative)));

        var heading = page.QuerySelector("#findings-TX")!;
        Assert.Equal("H2", heading.TagName);
        Assert.Equal("What we found about Texas Medicaid (not a promise of coverage; verify with the agency below)", Normalised(heading.TextContent));
        Assert.Equal("findings-TX", heading.Closest("section")!.GetAttribute("aria-labelledby"));
        Assert.Contains("CLASS manual section 7233", page.QuerySelector(".medicaid-finding")!.TextContent, StringComparison.Ordinal);
        Assert.True(heading.CompareDocumentPosition(page.QuerySelector("#agency-title")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public async Task A_result_for_a_state_without_findings_has_no_findings_section()
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/check/result?coverage=medicaid&state=AL&diagnosis=M54.50&age=34", UriKind.Relative)));

        Assert.Null(page.QuerySelector(".medicaid-findings"));
        Assert.NotNull(page.QuerySelector("#agency-title"));
    }

    [Fact]
    public async Task The_API_gives_a_states_findings_and_an_empty_list_when_there_are_none()
    {
        using var client = app.Factory.CreateClient();
        var vermont = await (await client.GetAsync(new Uri("/api/v1/medicaid/vt", UriKind.Relative))).OkJsonAsync();
        var alabama = await (await client.GetAsync(new Uri("/api/v1/medicaid/AL", UriKind.Relative))).OkJsonAsync();

        Assert.Equal("unknown", vermont.Text("coverageForm"));
        var finding = Assert.Single(vermont.GetProperty("findings").EnumerateArray());
        Assert.Contains("PATH chronic-pain program", finding.Text("says"), StringComparison.Ordinal);
        Assert.Equal("uvmhealth.org news release", finding.Text("source"));
        Assert.Equal("stated", finding.Text("confidence"));
        Assert.Equal("pilot only; status now unknown", finding.Text("qualifier"));
        Assert.Equal("2026-12", finding.Text("found"));
        Assert.True(finding.GetProperty("verify").GetBoolean());
        Assert.Equal(JsonValueKind.Array, alabama.GetProperty("findings").ValueKind);
        Assert.Empty(alabama.GetProperty("findings").EnumerateArray());
        var california = await (await client.GetAsync(new Uri("/api/v1/medicaid/CA", UriKind.Relative))).OkJsonAsync();
        var implied = Assert.Single(california.GetProperty("findings").EnumerateArray());
        Assert.Equal("implied", implied.Text("confidence"));
        Assert.Equal(JsonValueKind.Null, implied.GetProperty("qualifier").ValueKind);
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
