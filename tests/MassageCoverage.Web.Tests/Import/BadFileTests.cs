using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Import;

/// <summary>Refused files write nothing, so these run on the shared database and prove it stays as it was.</summary>
[Collection(AppCollectionDefinition.Name)]
public class BadFileTests(AppFixture app)
{
    private const string FileWithErrorsInSeveralEntries = """
        {
          "plans": [
            { "code": "fine-ppo-gold", "insurer": "Fine Health (demo)", "name": "Fine PPO Gold (demo)", "planType": "private",
              "states": ["WA"], "networkType": "ppo",
              "rules": [ { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2025-01-01", "source": "s" } ] },
            { "code": "dates-ppo", "insurer": "Fine Health (demo)", "name": "Dates PPO (demo)", "planType": "private",
              "states": ["WA"], "networkType": "ppo",
              "rules": [ { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2025-06-01", "effectiveTo": "2025-05-31", "source": "s" } ] },
            { "code": "overlap-hmo", "insurer": "Fine Health (demo)", "name": "Overlap HMO (demo)", "planType": "private",
              "states": ["OR"], "networkType": "hmo",
              "rules": [
                { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2025-01-01", "source": "s" },
                { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2026-01-01", "source": "s" } ] },
            { "code": "codes-epo", "insurer": "Fine Health (demo)", "name": "Codes EPO (demo)", "planType": "private",
              "states": ["WA", "QQ"], "networkType": "epo",
              "rules": [ { "serviceCodes": ["97124", "97999"], "covered": true, "effectiveFrom": "2025-01-01", "source": "s" } ] }
          ],
          "medicaid": [
            { "state": "TX", "coverageForm": "unknown",
              "rule": { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2025-01-01", "source": "s" } }
          ]
        }
        """;

    [Fact]
    public async Task A_file_with_errors_in_several_entries_lists_each_with_its_path_and_changes_nothing()
    {
        var harness = ImportHarness.On(app.Factory);
        var exportBefore = await harness.ExportAsync();
        var countsBefore = await harness.CountsAsync();

        var result = await harness.ImportAsync(FileWithErrorsInSeveralEntries);

        Assert.False(result.Succeeded);
        Assert.Equal(
        [
            "$.plans[1].rules[0].effectiveTo: must be on or after effectiveFrom",
            "$.plans[2].rules[1].effectiveFrom: overlaps rules[0] (2025-01-01 to no end date): versions of one owner must not share a day",
            "$.plans[3].states[1]: 'QQ' is not the two-letter code of a US state or DC",
            "$.plans[3].rules[0].serviceCodes[1]: '97999' is not a CPT code this product knows (97124, 97140, 97112, 97530, 97010)",
            "$.medicaid[0].rule: must be absent while coverageForm is unknown",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Equal(countsBefore, await harness.CountsAsync());
        Assert.Equal(exportBefore, await harness.ExportAsync());
    }

    [Fact]
    public async Task Malformed_json_is_refused_with_its_line_and_changes_nothing()
    {
        var harness = ImportHarness.On(app.Factory);
        var countsBefore = await harness.CountsAsync();
        const string missingComma = """
            {
              "plans": [
                { "code": "fine-ppo-gold", "insurer": "Fine Health (demo)" }
                { "code": "dates-ppo", "insurer": "Fine Health (demo)" }
              ]
            }
            """;

        var result = await harness.ImportAsync(missingComma);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.plans[1]", error.Path);
        Assert.StartsWith("invalid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(line 4, position 5)", error.Message, StringComparison.Ordinal);
        Assert.Equal(countsBefore, await harness.CountsAsync());
    }
}
