using System.Net;
using System.Text.Json;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Api;

[Collection(AppCollectionDefinition.Name)]
public class MedicaidApiTests(AppFixture app)
{
    [Fact]
    public async Task Colorado_has_its_waiver_criteria_source_and_rule()
    {
        var colorado = await GetAsync("/api/v1/medicaid/co");

        Assert.Equal("CO", colorado.Text("state"));
        Assert.Equal("Colorado", colorado.Text("stateName"));
        Assert.Equal("Complementary and Integrative Health waiver", colorado.Text("program"));
        Assert.Equal("waiverOnly", colorado.Text("coverageForm"));
        Assert.Contains("spinal cord injury", colorado.Text("populations"), StringComparison.Ordinal);
        Assert.Contains("408", colorado.Text("note"), StringComparison.Ordinal);
        Assert.Contains("10 CCR 2505-10", colorado.Text("source"), StringComparison.Ordinal);
        Assert.Equal("2026-11-26", colorado.Text("lastVerified"));
        var rule = Assert.Single(colorado.GetProperty("rules").EnumerateArray());
        Assert.Equal(18, rule.GetProperty("minAge").GetInt32());
        Assert.True(rule.GetProperty("requiresPriorAuthorization").GetBoolean());
        Assert.Equal("2022-07-01", rule.Text("effectiveFrom"));
    }

    [Fact]
    public async Task A_state_without_reliable_data_is_unknown_with_no_source_and_no_rules()
    {
        var texas = await GetAsync("/api/v1/medicaid/TX");

        Assert.Equal("unknown", texas.Text("coverageForm"));
        Assert.Equal(JsonValueKind.Null, texas.GetProperty("source").ValueKind);
        Assert.Empty(texas.GetProperty("rules").EnumerateArray());
    }

    [Fact]
    public async Task Each_state_names_its_agency_and_says_when_its_phone_has_one_source_only()
    {
        var alaska = (await GetAsync("/api/v1/medicaid/AK")).GetProperty("agency");
        var alabama = (await GetAsync("/api/v1/medicaid/AL")).GetProperty("agency");

        Assert.Equal("800-478-7778", alaska.Text("memberPhone"));
        Assert.True(alaska.GetProperty("phoneNeedsVerifying").GetBoolean());
        Assert.False(alabama.GetProperty("phoneNeedsVerifying").GetBoolean());
        Assert.Equal("https://www.medicaid.gov/about-us/where-can-people-get-help-medicaid-chip/index.html", alabama.Text("directory"));
        Assert.Equal("2026-10-01", alabama.Text("sourceDate"));
        Assert.Equal(3, alabama.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Oregon_is_unknown_with_its_note_on_CCOs()
    {
        var oregon = await GetAsync("/api/v1/medicaid/OR");

        Assert.Equal("unknown", oregon.Text("coverageForm"));
        Assert.Contains("coordinated care organisation", oregon.Text("note"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_that_is_not_one_of_the_51_jurisdictions_is_a_400_naming_state()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync("/api/v1/medicaid/PR");

        await response.FieldErrorsAsync("state");
    }

    private async Task<JsonElement> GetAsync(string url)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(url);
        return await response.OkJsonAsync();
    }
}
