namespace MassageCoverage.Web.Tests.Import;

public class RoundTripTests
{
    [Fact]
    public async Task Importing_an_export_of_the_seeded_catalog_changes_nothing_and_the_next_export_is_byte_identical()
    {
        await using var harness = await ImportHarness.StartAsync();
        var export = await harness.ExportAsync();
        var before = await harness.CountsAsync();

        var result = await harness.ImportAsync(export);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal("plans: 0 created, 0 updated; states: 0 created, 0 updated; rules: 0 added, 0 changed, 0 removed",
            result.Counts.ToString());
        Assert.Equal(before, await harness.CountsAsync());
        Assert.Equal(export, await harness.ExportAsync());
    }

    [Fact]
    public async Task Enum_words_are_read_in_any_case_and_exported_in_their_canonical_form()
    {
        await using var harness = await ImportHarness.StartAsync();

        var result = await harness.ImportAsync(CatalogFiles.OnePlan(
            ruleOverrides: """{ "allowedProviderTypes": ["MassageTherapist"] }""",
            planOverrides: """{ "planType": "Private", "networkType": "PPO" }"""));

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        var plan = (await harness.ExportNodeAsync())["plans"]!.AsArray().Single(p => (string?)p!["code"] == "test-ppo-silver")!;
        Assert.Equal("private", (string?)plan["planType"]);
        Assert.Equal("ppo", (string?)plan["networkType"]);
        Assert.Equal("massageTherapist", (string?)plan["rules"]![0]!["allowedProviderTypes"]![0]);
    }

    [Fact]
    public async Task The_export_holds_every_plan_with_all_its_versions_and_all_51_states_but_not_Original_Medicare()
    {
        await using var harness = await ImportHarness.StartAsync();

        var export = await harness.ExportAsync();

        using var json = System.Text.Json.JsonDocument.Parse(export);
        var plans = json.RootElement.GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal(["acme-hmo-basic", "acme-ppo-gold", "harbor-ma-choice", "summit-epo-plus"],
            plans.Select(p => p.GetProperty("code").GetString()));
        var gold = plans[1];
        Assert.Equal(["2025-01-01", "2026-01-01"],
            gold.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("effectiveFrom").GetString()));
        Assert.Equal(51, json.RootElement.GetProperty("medicaid").GetArrayLength());
        Assert.False(json.RootElement.TryGetProperty("medicare", out _));
        Assert.DoesNotContain("42 CFR 410.61", export, StringComparison.Ordinal);
        Assert.EndsWith("}\n", export, StringComparison.Ordinal);
    }
}
