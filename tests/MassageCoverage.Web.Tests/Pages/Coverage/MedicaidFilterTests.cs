using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

/// <summary>The public and the admin Medicaid tables filtered by status and by stale data, with a plain GET form.</summary>
public class MedicaidFilterTests
{
    [Fact]
    public async Task Both_tables_filter_by_status_and_by_stale_through_their_get_forms()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        var twoYearsAgo = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-2);
        await factory.DbAsync(async db =>
        {
            (await db.MedicaidStatePrograms.SingleAsync(s => s.StateCode == "CO")).LastVerified = twoYearsAgo;
            await db.SaveChangesAsync();
        });
        await factory.Services.GetRequiredService<CatalogProvider>().RefreshAsync();
        using var client = factory.CreateClient();

        var all = await Get(client, "/medicaid");
        var unknownCount = all.QuerySelectorAll("tbody tr .status-unknown").Length;
        Assert.InRange(unknownCount, 1, 50);
        var unknown = await Submit(client, "/medicaid", new() { ["status"] = "Unknown" });
        Assert.Equal(unknownCount, unknown.QuerySelectorAll("tbody tr").Length);
        Assert.All(unknown.QuerySelectorAll("tbody tr"), r => Assert.NotNull(r.QuerySelector(".status-unknown")));
        Assert.Equal($"{unknownCount} of 51 states shown.", unknown.QuerySelector("#map-shown")!.FirstChild!.TextContent.Trim());
        var stale = await Submit(client, "/medicaid", new() { ["stale"] = "true" });
        var row = Assert.Single(stale.QuerySelectorAll("tbody tr"));
        Assert.Equal("state-CO", row.Id);
        Assert.Contains("more than a year ago", row.TextContent, StringComparison.Ordinal);
        var sortLink = stale.QuerySelector("th a")!.GetAttribute("href")!;
        Assert.Contains("stale=true", sortLink, StringComparison.Ordinal);
        Assert.DoesNotContain("ndeterminate", all.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("coverageForm", all.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("WithinTherapy", all.Body!.TextContent, StringComparison.Ordinal);

        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin);
        var map = await Get(admin, "/admin/medicaid");
        var adminStale = await Submit(admin, "/admin/medicaid", new() { ["stale"] = "true" });
        Assert.Equal("state-CO", Assert.Single(adminStale.QuerySelectorAll("tbody tr")).Id);
        var adminUnknown = await Submit(admin, "/admin/medicaid", new() { ["status"] = "Unknown" });
        Assert.All(adminUnknown.QuerySelectorAll("tbody tr"), r => Assert.NotNull(r.QuerySelector(".status-unknown")));
        Assert.Equal(map.QuerySelectorAll("tbody tr .status-unknown").Length, adminUnknown.QuerySelectorAll("tbody tr").Length);
        var details = await Get(admin, "/admin/medicaid/CO");
        Assert.Equal("/medicaid#state-CO", details.QuerySelector("#public-page")!.GetAttribute("href"));
        Assert.DoesNotContain("ndeterminate", details.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<AngleSharp.Dom.IDocument> Get(HttpClient client, string url) =>
        await HtmlPage.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));

    /// <summary>The page's filter form, freshly served, submitted with these answers.</summary>
    private static async Task<AngleSharp.Dom.IDocument> Submit(HttpClient client, string url, Dictionary<string, string> answers) =>
        await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(client, await client.FormAsync(url, "#map-filter"), answers));
}
