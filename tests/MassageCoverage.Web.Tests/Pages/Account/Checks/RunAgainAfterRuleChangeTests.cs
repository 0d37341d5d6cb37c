using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Account.Checks;

/// <summary>Changes a seeded rule, so it runs on a database of its own.</summary>
public class RunAgainAfterRuleChangeTests
{
    [Fact]
    public async Task A_rule_change_leaves_the_saved_snapshot_as_it_was_and_run_again_shows_the_difference()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        var patient = await PatientSession.RegisterAsync(factory);
        var (url, _) = await CheckSteps.SaveAsync(patient);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
            var rules = await db.Rules.Where(r => r.Plan!.Code == "acme-ppo-gold").ToListAsync();
            rules.ForEach(r => r.Terms = r.Terms with { MaxVisitsPerYear = 20 });
            Assert.True(await db.SaveChangesAsync() > 0);
        }

        await factory.Services.GetRequiredService<CatalogProvider>().RefreshAsync();

        var saved = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri(url, UriKind.Relative)));
        Assert.Contains("12 of 12 visits left this year.", saved.QuerySelector("#visits-title + p")!.TextContent, StringComparison.Ordinal);

        var again = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri(url + "/again", UriKind.Relative)));
        Assert.Null(again.QuerySelector("#no-changes"));
        var visits = again.QuerySelectorAll(".change-list tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Visits");
        var cells = visits.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["12 of 12 visits left this year.", "20 of 20 visits left this year."], cells);
        Assert.Equal("Covered", again.QuerySelector(".badge-large")!.TextContent.Trim());
    }
}
