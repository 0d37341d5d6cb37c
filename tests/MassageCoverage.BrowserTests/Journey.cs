using System.Text.RegularExpressions;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts.Mail;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

/// <summary>Steps a patient takes, at the level of what they see: labels, roles and the keyboard.</summary>
internal static class Journey
{
    public static async Task ShotAsync(this IPage page, BrowserFixture app, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.ScreenshotDirectory, $"{name}.png"), FullPage = true });
    }

    /// <summary>
    /// Registers through the form, opens the confirmation link from the mailbox, presses its button and signs in: the
    /// page ends on the account home.
    /// </summary>
    public static async Task RegisterAsync(this IPage page, BrowserFixture app, string email, string password = "a long enough passphrase")
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Type the password again").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/check-email$"));
        await page.ConfirmAndSignInAsync(app, email, password);
    }

    public static async Task ConfirmAndSignInAsync(this IPage page, BrowserFixture app, string email, string password)
    {
        await page.GotoAsync(Mailbox.Link(app.Factory, email, AccountEmails.ConfirmPrefix).PathAndQuery);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email address" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your email address is confirmed");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.SignInAsync(email, password);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account$"));
    }

    /// <summary>Fills the sign-in form on the current page and sends it.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>The password, then the code an authenticator app would show for this key.</summary>
    public static async Task SignInWithCodeAsync(this IPage page, string email, string password, string key)
    {
        await page.SignInAsync(email, password);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in/two-factor"));
        await page.GetByLabel("6-digit code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
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
