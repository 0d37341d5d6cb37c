using System.Diagnostics;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace MassageCoverage.Web.Tests.Import;

/// <summary>Two instances on one database: a change committed through either reaches the other's checks at once.</summary>
public class CatalogNotificationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_change_committed_anywhere_reaches_another_instance_by_notification_not_by_its_poll()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var first = new AppFactory(database.ConnectionString);
        await first.InitializeDatabaseAsync();
        // Polling every five minutes: only the notification can bring the change within the test's five seconds.
        await using var second = new AppFactory(database.ConnectionString) { CatalogPollSeconds = 300 };
        var catalogs = second.Services.GetRequiredService<CatalogProvider>();
        Assert.Equal(12, Visits(await catalogs.GetAsync()));
        // Let the second instance's listener start: it refreshes once when it does.
        await Task.Delay(TimeSpan.FromSeconds(1));

        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var change = new NpgsqlCommand("""
                UPDATE coverage_rules SET "Terms" = jsonb_set("Terms", '{maxVisitsPerYear}', '7')
                WHERE "PlanId" = (SELECT "Id" FROM plans WHERE "Code" = 'acme-ppo-gold') AND "EffectiveTo" IS NULL
                """, connection);
            Assert.Equal(1, await change.ExecuteNonQueryAsync());
        }

        var clock = Stopwatch.StartNew();
        while (Visits(await catalogs.GetAsync()) != 7 && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(5);
        }

        output.WriteLine($"Seen by the other instance after {clock.Elapsed.TotalMilliseconds:0} ms.");
        Assert.Equal(7, Visits(await catalogs.GetAsync()));
    }

    private static int? Visits(Core.Coverage.CoverageCatalog catalog) => catalog.FindPlan("acme-ppo-gold")!.Rules[^1].Terms.MaxVisitsPerYear;
}
