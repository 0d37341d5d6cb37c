using MassageCoverage.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Api;

/// <summary>Without asOf a check is for today, and today comes from the app's clock.</summary>
[Collection(AppCollectionDefinition.Name)]
public class CoverageCheckClockTests(AppFixture app)
{
    [Fact]
    public async Task Without_asOf_the_check_uses_todays_rule_version_from_the_clock()
    {
        await using var lastDayOf2025 = AppOn(new DateTimeOffset(2025, 12, 31, 12, 0, 0, TimeSpan.Zero));
        using var client = lastDayOf2025.CreateClient();

        using var response = await client.PostCheckAsync(CheckBodies.AcmeGoldAllMet().Without("asOf").With("referralDate", "2025-12-01"));

        var decision = await response.OkJsonAsync();
        Assert.Equal(10, decision.GetProperty("visitsAllowed").GetInt32());
        Assert.Equal("2025-01-01", decision.GetProperty("rule").Text("effectiveFrom"));
    }

    [Fact]
    public async Task Without_asOf_a_referral_dated_after_today_is_refused()
    {
        await using var lastDayOf2025 = AppOn(new DateTimeOffset(2025, 12, 31, 12, 0, 0, TimeSpan.Zero));
        using var client = lastDayOf2025.CreateClient();

        using var response = await client.PostCheckAsync(CheckBodies.AcmeGoldAllMet().Without("asOf").With("referralDate", "2026-01-01"));

        await response.FieldErrorsAsync("referralDate");
    }

    /// <summary>A second app on the shared database whose clock reads <paramref name="now"/>.</summary>
    private WebApplicationFactory<Program> AppOn(DateTimeOffset now) =>
        app.Factory.WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.AddSingleton<TimeProvider>(new FixedClock(now))));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
