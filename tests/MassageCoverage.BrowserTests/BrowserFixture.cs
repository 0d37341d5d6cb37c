using MassageCoverage.Testing;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

/// <summary>The app on real Kestrel over a throwaway PostgreSQL, and the system's headless Chromium.</summary>
public sealed class BrowserFixture : AppFixture
{
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots land in the test output, one folder per run.</summary>
    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Directory.CreateDirectory(ScreenshotDirectory);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Never `playwright install`: the closed network refuses the download. Debian's Chromium is used instead.
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    protected override void OnFactoryCreated(AppFactory factory) => BaseAddress = factory.StartKestrel();

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <param name="timeZone">The device's time zone (an IANA name); the machine's when null.</param>
    /// <param name="scripts">False for a browser with JavaScript turned off.</param>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string? timeZone = null, bool scripts = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            TimezoneId = timeZone,
            JavaScriptEnabled = scripts,
        });
        return await context.NewPageAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollectionDefinition : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
