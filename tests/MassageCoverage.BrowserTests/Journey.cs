using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

/// <summary>Steps a patient takes, at the level of what they see: labels, roles and the keyboard.</summary>
internal static class Journey
{
    public static async Task ShotAsync(this IPage page, BrowserFixture app, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.ScreenshotDirectory, $"{name}.png"), FullPage = true });
    }

    /// <summary>Presses Tab until the element with this id has focus, as a keyboard user would.</summary>
    public static async Task TabToAsync(this IPage page, string id, int limit = 80)
    {
        for (var i = 0; i < limit; i++)
        {
            if (await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''") == id)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached #{id}.");
    }

    /// <summary>Prints to a US Letter PDF (kept beside the screenshots) and counts its pages.</summary>
    public static async Task<int> PrintedPagesAsync(this IPage page, BrowserFixture app, string name)
    {
        var pdf = await page.PdfAsync(new()
        {
            Format = "Letter", PrintBackground = true, PreferCSSPageSize = true,
            Path = Path.Combine(app.ScreenshotDirectory, $"{name}.pdf"),
        });
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page[^s]");
    }
}
