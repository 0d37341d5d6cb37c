using System.Net;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Hosting;
using MassageCoverage.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MassageCoverage.Web.Tests.Health;

/// <summary>
/// Ready waits for the catalog snapshot, so the first check an instance answers is as fast as any other. Each test
/// has a cluster of its own, stopped after ready to show the check no longer needs the database.
/// </summary>
public class CatalogReadinessTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(ownCluster: true);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_migrated_database_without_a_loaded_snapshot_is_not_ready_until_the_snapshot_is_in()
    {
        await using var factory = new AppFactory(_database.ConnectionString)
        {
            // Without the refresher nothing loads the snapshot behind the test's back.
            ConfigureTestServices = services =>
            {
                var refresher = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(CatalogRefresher));
                services.Remove(refresher);
            },
        };
        await MigrateWithoutLoadingAsync(factory);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

        await factory.Services.GetRequiredService<CatalogProvider>().RefreshAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_refresher_loads_the_snapshot_once_the_database_is_migrated_and_the_first_check_after_ready_needs_no_database()
    {
        await using var factory = new AppFactory(_database.ConnectionString) { CatalogPollSeconds = 1 };
        using var client = factory.CreateClient();
        var provider = factory.Services.GetRequiredService<CatalogProvider>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        Assert.False(provider.HasSnapshot);

        await MigrateWithoutLoadingAsync(factory);

        Assert.Equal(HttpStatusCode.OK, await ReadinessTests.PollReadyAsync(client, TimeSpan.FromSeconds(15)));
        Assert.True(provider.HasSnapshot);

        await _database.Cluster!.StopAsync();
        using var check = await client.PostCheckAsync(CheckBodies.AcmeGoldAllMet());
        var decision = await check.OkJsonAsync();
        Assert.Equal("covered", decision.Text("decision"));
    }

    private static async Task MigrateWithoutLoadingAsync(AppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }
}
