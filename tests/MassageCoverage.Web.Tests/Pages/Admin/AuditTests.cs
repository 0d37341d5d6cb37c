using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Admin;

public class AuditTests
{
    [Fact]
    public async Task The_log_pages_50_at_a_time_and_filters_by_entity_actor_and_dates()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin);
        await AddAsync(factory, Enumerable.Range(0, 60).Select(i => Entry("Widget", $"w{i}", "actor-a", new DateTimeOffset(2026, 1, 1 + i % 28, 12, 0, 0, TimeSpan.Zero))));
        await AddAsync(factory, [Entry("Gadget", "g1", "actor-b", new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero))]);

        var first = await Get(admin, "/admin/audit?EntityType=Widget");
        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Page 1 of 2", first.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await Get(admin, next);
        Assert.Equal(10, second.QuerySelectorAll("tbody tr").Length);

        Assert.Single((await Get(admin, "/admin/audit?Actor=actor-b")).QuerySelectorAll("tbody tr"));
        var january2 = await Get(admin, "/admin/audit?EntityType=Widget&From=2026-01-02&To=2026-01-02");
        Assert.Equal(3, january2.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Gadget", ((IHtmlSelectElement)(await Get(admin, "/admin/audit?EntityType=Gadget")).QuerySelector("#entityType")!).Value);
    }

    [Fact]
    public async Task Csv_export_holds_the_filtered_rows_under_a_header_with_commas_and_quotes_escaped()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin);
        var tricky = Entry("Widget", "w,1", "actor-a", new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero));
        tricky.After = """{"note": "a \"quoted\", comma"}""";
        await AddAsync(factory, [tricky, Entry("Gadget", "g1", "actor-b", DateTimeOffset.UnixEpoch)]);

        var page = await Get(admin, "/admin/audit?EntityType=Widget");
        var href = page.QuerySelector("#csv-link")!.GetAttribute("href")!;
        Assert.StartsWith("/admin/audit.csv?", href, StringComparison.Ordinal);
        using var response = await admin.GetAsync(new Uri(href, UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at,actor,type,owner,action,changes", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Equal("""2026-02-03T04:05:06Z,actor-a,Widget,"#w,1",changed,"note: a ""quoted"", comma" """.TrimEnd(), lines[1]);
    }

    private static AuditEntry Entry(string type, string id, string actor, DateTimeOffset at) =>
        new() { At = at, Actor = actor, EntityType = type, EntityId = id, Action = "update" };

    private static async Task AddAsync(AppFactory factory, IEnumerable<AuditEntry> entries)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync();
    }

    private static async Task<AngleSharp.Dom.IDocument> Get(HttpClient client, string url) =>
        await HtmlPage.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
}
