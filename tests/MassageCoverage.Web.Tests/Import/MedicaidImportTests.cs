using System.Text.Json.Nodes;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.Extensions.DependencyInjection;
using static MassageCoverage.Web.Tests.Import.ExportNodes;

namespace MassageCoverage.Web.Tests.Import;

public class MedicaidImportTests
{
    [Fact]
    public async Task Setting_a_state_from_unknown_to_standalone_with_a_rule_leaves_Oregon_as_it_was()
    {
        await using var harness = await ImportHarness.StartAsync();
        var before = await harness.ExportNodeAsync();
        var file = $$"""
            { "medicaid": [
                { "state": "WA", "program": "Apple Health", "coverageForm": "standalone", "populations": "Adults with chronic pain",
                  "note": null, "source": "https://example.org/wa-medicaid-massage", "lastVerified": "2026-11-15",
                  "rule": { "serviceCodes": ["97124"], "covered": true, "requiresReferral": true, "requiresLicensedTherapist": true,
                            "maxVisitsPerYear": 12, "effectiveFrom": "2027-01-01", "source": "SB 5507" } },
                {{State(before, "OR").ToJsonString()}} ] }
            """;

        var result = await harness.ImportAsync(file);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal("states: 0 created, 1 updated; rules: 1 added, 0 changed, 0 removed",
            string.Join("; ", result.Counts.ToString().Split("; ")[1..]));
        var after = await harness.ExportNodeAsync();
        var washington = State(after, "WA");
        Assert.Equal("standalone", (string?)washington["coverageForm"]);
        Assert.Equal("2027-01-01", (string?)washington["rules"]![0]!["effectiveFrom"]);
        Assert.True(JsonNode.DeepEquals(State(before, "OR"), State(after, "OR")));
        var (_, summary) = await harness.ImportEntryAsync();
        Assert.Equal(["WA"], ImportHarness.Codes(summary, "states"));
        Assert.Equal((1, 1), ((int)summary["statesUpdated"]!, (int)summary["rulesAdded"]!));
        // The state's page still lists what the import changed; Oregon's, which it left alone, does not.
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var history = scope.ServiceProvider.GetRequiredService<StateHistory>();
            var change = Assert.Single(await history.RecentAsync("WA", CancellationToken.None), c => c.What.StartsWith("Changed by an import", StringComparison.Ordinal));
            Assert.Equal("import:test.json", change.Actor);
            Assert.DoesNotContain(await history.RecentAsync("OR", CancellationToken.None), c => c.What.StartsWith("Changed by an import", StringComparison.Ordinal));
        }

        var catalogs = harness.Services.GetRequiredService<CatalogProvider>();
        await catalogs.RefreshAsync();
        var entry = (await catalogs.GetAsync()).FindMedicaid("WA")!;
        Assert.Equal(CoverageForm.Standalone, entry.Form);
        Assert.Equal(12, Assert.Single(entry.Rules).Terms.MaxVisitsPerYear);
    }

    [Fact]
    public async Task Setting_a_state_back_to_unknown_with_no_rules_removes_its_rules()
    {
        await using var harness = await ImportHarness.StartAsync();
        var colorado = State(await harness.ExportNodeAsync(), "CO").DeepClone();
        colorado["coverageForm"] = "unknown";
        colorado["rules"] = new JsonArray();

        var result = await harness.ImportAsync(new JsonObject { ["medicaid"] = new JsonArray(colorado) }.ToJsonString());

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        var after = State(await harness.ExportNodeAsync(), "CO");
        Assert.Equal("unknown", (string?)after["coverageForm"]);
        Assert.Empty(after["rules"]!.AsArray());
        var (_, summary) = await harness.ImportEntryAsync();
        Assert.Equal(["CO"], ImportHarness.Codes(summary, "states"));
        Assert.True((int)summary["rulesRemoved"]! > 0);
    }
}
