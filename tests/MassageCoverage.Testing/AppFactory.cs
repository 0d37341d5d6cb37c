using System.Net;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace MassageCoverage.Testing;

/// <summary>The real app, configured for a test database, with its log events captured.</summary>
public sealed class AppFactory(string connectionString) : WebApplicationFactory<Program>
{
    public CapturedLogs Logs { get; } = new();

    /// <summary>Where the app writes the messages it would email (confirmation, reset and lockout messages).</summary>
    public string Outbox { get; } = Directory.CreateTempSubdirectory("massagecoverage-outbox-").FullName;

    /// <summary>Per client address, for each of sign-in, registration and password reset.</summary>
    public int AccountPermitsPerMinute { get; init; } = 10_000;

    public int SignInPerAccountPerMinute { get; init; } = 10_000;

    /// <summary>Two-factor sign-in for the consoles; tests of a closed network turn it off.</summary>
    public bool RequireTwoFactorForStaff { get; init; } = true;

    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>The catalog's fallback poll; a test of notifications sets it long enough to rule polling out.</summary>
    public int CatalogPollSeconds { get; init; } = 2;

    /// <summary>Replaces services for one test, such as the clock.</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    /// <summary>More configuration for one test, as the environment would give it (keys as in appsettings: A:B).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Outside Development the build's static assets (and their precompressed copies) are only found through
        // the runtime manifest that Development loads by itself; a published app has them in wwwroot instead.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Email:OutboxDirectory", Outbox);
        // Tests write "today" as the UTC date; the clinic's zone has its own tests (ClinicClockTests).
        builder.UseSetting("Clinic:TimeZone", "Etc/UTC");
        builder.UseSetting("Coverage:CatalogPollSeconds", CatalogPollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Many tests sign in from one address; the rate-limit tests set their own, lower limit.
        var permits = AccountPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.UseSetting("RateLimits:SignInPerAddressPerMinute", permits);
        builder.UseSetting("RateLimits:RegistrationPerAddressPerMinute", permits);
        builder.UseSetting("RateLimits:PasswordResetPerAddressPerMinute", permits);
        builder.UseSetting("RateLimits:SignInPerAccountPerMinute", SignInPerAccountPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:EmailsPerAddressPerHour", "10000");
        builder.UseSetting("Security:RequireTwoFactorForStaff", RequireTwoFactorForStaff ? "true" : "false");
        // The reminder worker stays off: the reminder tests run its passes themselves, at the times they choose.
        builder.UseSetting("Reminders:Interval", "00:00:00");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            ConfigureTestServices?.Invoke(services);
        });
    }

    public async Task InitializeDatabaseAsync()
    {
        // Migrate before the host's first use of the database: its hosted services (the data-protection key ring,
        // the catalog poller) would otherwise meet missing tables and log errors while they wait.
        await using (var db = new CoverageDbContext(new DbContextOptionsBuilder<CoverageDbContext>().UseNpgsql(connectionString).Options))
        {
            await db.Database.MigrateAsync();
        }

        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        // Tests start at once; a running app would pick the seed up at its next poll.
        await Services.GetRequiredService<CatalogProvider>().RefreshAsync();
    }

    /// <summary>Runs a query against the app's database in a scope of its own, as another request would.</summary>
    public async Task<T> DbAsync<T>(Func<CoverageDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CoverageDbContext>());
    }

    /// <summary>Makes a change in the app's database in a scope of its own, as another request would.</summary>
    public async Task DbAsync(Func<CoverageDbContext, Task> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var scope = Services.CreateAsyncScope();
        await command(scope.ServiceProvider.GetRequiredService<CoverageDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(Outbox))
        {
            Directory.Delete(Outbox, recursive: true);
        }
    }

    /// <summary>Serves the app on real Kestrel at a free loopback port and returns its base address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return new Uri(address);
    }
}
