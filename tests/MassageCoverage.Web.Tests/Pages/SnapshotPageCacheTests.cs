using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages;

/// <summary>
/// The pages every visitor sees alike come from memory once rendered (a response served so carries an Age header),
/// and never outlive the catalog revision or the clinic day they were rendered for. Each test has a database and a
/// clock of its own.
/// </summary>
public sealed class SnapshotPageCacheTests : IAsyncLifetime
{
    private static readonly Uri Medicaid = new("/medicaid", UriKind.Relative);

    private readonly MovableClock _clock = new(new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private AppFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _factory = new AppFactory(_database.ConnectionString)
        {
            ConfigureTestServices = services => services.AddSingleton<TimeProvider>(_clock),
        };
        await _factory.InitializeDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/medicaid")]
    [InlineData("/medicaid?sort=Status&descending=true")]
    public async Task A_visitor_not_signed_in_is_served_the_page_rendered_before(string path)
    {
        using var client = _factory.CreateClient();
        var address = new Uri(path, UriKind.Relative);

        using var first = await client.GetAsync(address);
        using var second = await client.GetAsync(address);

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.GetValues("Content-Security-Policy"), second.Headers.GetValues("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_committed_change_to_the_catalog_is_shown_at_once()
    {
        using var client = _factory.CreateClient();
        var before = await HtmlPage.ParseAsync(await client.GetAsync(Medicaid));
        Assert.NotEqual("Not covered", before.QuerySelector("#state-CO .status-badge")!.TextContent);

        await _factory.DbAsync(async db =>
        {
            var rule = await db.Rules.SingleAsync(r => r.OwnerKind == RuleOwnerKind.Medicaid && r.StateCode == "CO");
            rule.Terms = rule.Terms with { Covered = false };
            await db.SaveChangesAsync();
        });
        await _factory.Services.GetRequiredService<CatalogProvider>().RefreshAsync();

        using var response = await client.GetAsync(Medicaid);
        Assert.Null(response.Headers.Age);
        Assert.Equal("Not covered", (await HtmlPage.ParseAsync(response)).QuerySelector("#state-CO .status-badge")!.TextContent);
    }

    [Fact]
    public async Task A_page_rendered_yesterday_is_not_served_today()
    {
        var lastDay = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        await _factory.DbAsync(async db =>
        {
            var rule = await db.Rules.SingleAsync(r => r.OwnerKind == RuleOwnerKind.Medicaid && r.StateCode == "CO");
            rule.EffectiveTo = lastDay;
            await db.SaveChangesAsync();
        });
        await _factory.Services.GetRequiredService<CatalogProvider>().RefreshAsync();
        using var client = _factory.CreateClient();
        Assert.Equal("Only through a waiver program", (await HtmlPage.ParseAsync(await client.GetAsync(Medicaid))).QuerySelector("#state-CO .status-badge")!.TextContent);

        _clock.Now = _clock.Now.AddDays(1);

        using var response = await client.GetAsync(Medicaid);
        Assert.Null(response.Headers.Age);
        Assert.Equal("Unknown - verify", (await HtmlPage.ParseAsync(response)).QuerySelector("#state-CO .status-badge")!.TextContent);
    }

    [Fact]
    public async Task A_signed_in_patient_never_gets_the_page_stored_for_visitors_nor_stores_their_own()
    {
        using var visitor = _factory.CreateClient();
        using (await visitor.GetAsync(Medicaid))
        {
        }

        var patient = await PatientSession.RegisterAsync(_factory);
        using var first = await patient.Client.GetAsync(Medicaid);
        using var second = await patient.Client.GetAsync(Medicaid);

        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
        var page = await HtmlPage.ParseAsync(second);
        Assert.NotNull(page.QuerySelector("a[href='/account']"));
        Assert.Null(page.QuerySelector("a[href^='/account/sign-in']"));
        using var stillVisitor = await visitor.GetAsync(Medicaid);
        Assert.NotNull(stillVisitor.Headers.Age);
        Assert.NotNull((await HtmlPage.ParseAsync(stillVisitor)).QuerySelector("a[href^='/account/sign-in']"));
    }

    [Fact]
    public async Task The_check_form_and_the_answer_page_are_rendered_for_each_request()
    {
        using var client = _factory.CreateClient();
        foreach (var path in new[] { "/check", "/check/result?coverage=medicaid&state=WY&diagnosis=M54.50&age=34" })
        {
            using var first = await client.GetAsync(new Uri(path, UriKind.Relative));
            using var second = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(second.IsSuccessStatusCode, path);
            Assert.Null(second.Headers.Age);
        }
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
