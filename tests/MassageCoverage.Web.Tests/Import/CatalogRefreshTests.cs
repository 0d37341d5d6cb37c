using System.Diagnostics;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Import;

public class CatalogRefreshTests
{
    [Fact]
    public async Task A_running_app_serves_an_imported_plan_from_its_snapshot_within_five_seconds()
    {
        await using var harness = await ImportHarness.StartAsync();
        var catalogs = harness.Services.GetRequiredService<CatalogProvider>();
        Assert.Null((await catalogs.GetAsync()).FindPlan("river-hmo-basic"));

        var result = await harness.ImportAsync(CatalogFiles.OnePlan(code: "river-hmo-basic"));
        Assert.True(result.Succeeded, string.Join('\n', result.Errors));

        // No RefreshAsync here: the app's own background poll must pick the change up.
        var clock = Stopwatch.StartNew();
        while ((await catalogs.GetAsync()).FindPlan("river-hmo-basic") is null && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(100);
        }

        var plan = (await catalogs.GetAsync()).FindPlan("river-hmo-basic");
        Assert.NotNull(plan);
        Assert.Equal("Test Health (demo)", plan.Insurer);
        Assert.Single(plan.Rules);
    }
}
