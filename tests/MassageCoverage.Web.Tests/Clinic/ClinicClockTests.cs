using MassageCoverage.Testing;
using MassageCoverage.Web.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Clinic;

/// <summary>"Today" is the date in the clinic's time zone, for the page and the API alike.</summary>
[Collection(AppCollectionDefinition.Name)]
public class ClinicClockTests(AppFixture app)
{
    // 02:00 UTC on New Year's Day is still New Year's Eve in New York.
    private static readonly DateTimeOffset _newYearUtc = new(2026, 1, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, 2025, 12, 31)]
    [InlineData("America/New_York", 2025, 12, 31)]
    [InlineData("Etc/UTC", 2026, 1, 1)]
    [InlineData("Asia/Tokyo", 2026, 1, 1)]
    [InlineData(" America/Los_Angeles ", 2025, 12, 31)]
    public void Today_is_the_date_in_the_clinic_time_zone(string? zone, int year, int month, int day)
    {
        var clock = new ClinicClock(new FixedClock(_newYearUtc), Settings(zone));

        Assert.Equal(new DateOnly(year, month, day), clock.Today);
        Assert.Equal(_newYearUtc, clock.UtcNow);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_its_name()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new ClinicClock(new FixedClock(_newYearUtc), Settings("Mars/Olympus_Mons")));

        Assert.Contains("Mars/Olympus_Mons", refused.Message, StringComparison.Ordinal);
        Assert.Contains("IANA", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_without_asOf_uses_the_clinic_date_not_the_UTC_date()
    {
        await using var newYork = NewYorkAtNewYear();
        using var client = newYork.CreateClient();

        using var response = await client.PostCheckAsync(CheckBodies.AcmeGoldAllMet().Without("asOf").With("referralDate", "2025-12-01"));

        // Acme Gold's 2025 version allows 10 visits; its 2026 version 12.
        var decision = await response.OkJsonAsync();
        Assert.Equal("2025-01-01", decision.GetProperty("rule").Text("effectiveFrom"));
        Assert.Equal(10, decision.GetProperty("visitsAllowed").GetInt32());
    }

    [Fact]
    public async Task The_result_page_uses_the_clinic_date_not_the_UTC_date()
    {
        await using var newYork = NewYorkAtNewYear();
        using var client = newYork.CreateClient();

        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(
            "/check/result?coverage=private&plan=acme-ppo-gold&diagnosis=M54.50&licensed=yes&inNetwork=yes&referral=yes&referralDate=2025-12-01&priorAuth=yes",
            UriKind.Relative)));

        // Still 2025 in New York: Acme Gold's 2025 version (10 visits), not its 2026 one (12).
        Assert.Contains("of 10 visits left", page.QuerySelector("#visits-title")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The app in New York's zone at 02:00 UTC on New Year's Day, when New York is still in the old year.</summary>
    private WebApplicationFactory<Program> NewYorkAtNewYear() => app.Factory.WithWebHostBuilder(host =>
    {
        host.UseSetting("Clinic:TimeZone", "America/New_York");
        host.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedClock(_newYearUtc)));
    });

    private static IConfiguration Settings(string? zone) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Clinic:TimeZone"] = zone }).Build();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
