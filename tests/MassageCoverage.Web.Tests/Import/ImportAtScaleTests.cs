using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Import;

/// <summary>
/// A generated catalog of 20,000 plans with two versions each: imported in one revision and one audit entry, again
/// unchanged (nothing written), then with every 2026 version changed; and, with two errors deep inside, refused whole.
/// How fast is the benchmark's business (<c>./build.sh bench-import</c>); these check what it writes.
/// </summary>
public class ImportAtScaleTests
{
    private const int Plans = 20_000;

    [Fact]
    public async Task A_large_catalog_imports_as_one_revision_and_one_audit_entry_and_an_unchanged_one_writes_nothing()
    {
        await using var harness = await ImportHarness.StartAsync();
        var before = await harness.CountsAsync();
        var file = LargeCatalog.Text(Plans);

        var result = await harness.ImportAsync(file, actor: "import:large.json");

        Assert.True(result.Succeeded, string.Join('\n', result.Errors.Take(5)));
        Assert.Equal($"plans: {Plans} created, 0 updated; states: 0 created, 0 updated; rules: {2 * Plans} added, 0 changed, 0 removed",
            result.Counts.ToString());
        var imported = await harness.CountsAsync();
        Assert.Equal((before.Plans + Plans, before.Rules + 2 * Plans, before.Revision + 1, before.AuditEntries + 1),
            (imported.Plans, imported.Rules, imported.Revision, imported.AuditEntries));
        var (entry, summary) = await harness.ImportEntryAsync();
        Assert.Equal("import:large.json", entry.Actor);
        Assert.Equal(Enumerable.Range(1, Plans).Select(LargeCatalog.PlanCode), ImportHarness.Codes(summary, "plans"));
        var catalogs = harness.Services.GetRequiredService<CatalogProvider>();
        var plan = (await catalogs.GetAsync()).FindPlan(LargeCatalog.PlanCode(Plans))!;
        Assert.Equal([12, 20], plan.Rules.Select(r => r.Terms.MaxVisitsPerYear ?? 0));

        var again = await harness.ImportAsync(file);

        Assert.True(again.Succeeded && again.Counts.NothingChanged, again.Counts.ToString());
        Assert.Equal(imported, await harness.CountsAsync());

        var changed = await harness.ImportAsync(LargeCatalog.Text(Plans, visits: 21));

        Assert.True(changed.Succeeded, string.Join('\n', changed.Errors.Take(5)));
        Assert.Equal($"rules: 0 added, {Plans} changed, 0 removed", changed.Counts.ToString().Split("; ")[2]);
        var afterChange = await harness.CountsAsync();
        Assert.Equal((imported.Rules, imported.Revision + 1, imported.AuditEntries + 1),
            (afterChange.Rules, afterChange.Revision, afterChange.AuditEntries));
        await catalogs.RefreshAsync();
        Assert.Equal([12, 21], (await catalogs.GetAsync()).FindPlan(LargeCatalog.PlanCode(Plans))!.Rules.Select(r => r.Terms.MaxVisitsPerYear ?? 0));
    }

    [Fact]
    public async Task A_large_catalog_with_two_errors_deep_inside_is_refused_whole_with_their_paths()
    {
        await using var harness = await ImportHarness.StartAsync();
        var before = await harness.CountsAsync();
        var file = LargeCatalog.Text(Plans);
        file = ReplaceInPlan(file, LargeCatalog.PlanCode(15_000), "\"states\":[", "\"states\":[\"QQ\",");
        file = ReplaceInPlan(file, LargeCatalog.PlanCode(19_000), "\"maxVisitsPerYear\":12", "\"maxVisitsPerYear\":0");

        var result = await harness.ImportAsync(file);

        Assert.Equal(
        [
            "$.plans[14999].states[0]: 'QQ' is not the two-letter code of a US state or DC",
            "$.plans[18999].rules[0].maxVisitsPerYear: must be between 1 and 365",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Equal(before, await harness.CountsAsync());
    }

    /// <summary>Replaces the first <paramref name="old"/> that follows the plan's code.</summary>
    private static string ReplaceInPlan(string file, string code, string old, string replacement)
    {
        var at = file.IndexOf(old, file.IndexOf($"\"{code}\"", StringComparison.Ordinal), StringComparison.Ordinal);
        return string.Concat(file.AsSpan(0, at), replacement, file.AsSpan(at + old.Length));
    }
}
