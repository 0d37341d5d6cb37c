using System.Text.RegularExpressions;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

[Collection(BrowserCollectionDefinition.Name)]
public class TwoFactorJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task A_new_staff_member_sets_up_an_authenticator_by_keyboard_then_signs_in_with_a_code()
    {
        const string password = "a long enough passphrase";
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        await TestAccounts.CreateAsync(app.Factory, email, Roles.Staff, twoFactor: false, password: password);

        var page = await app.NewPageAsync();
        await page.GotoAsync("/staff");
        await page.SignInAsync(email, password);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/two-factor/set-up\\?returnUrl=%2Fstaff$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code to scan with your authenticator app; the key below does the same" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "two-factor-set-up");

        var key = await page.Locator("#authenticator-key").InnerTextAsync();
        await page.TabToAsync("code");
        await page.Keyboard.TypeAsync("000000");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That code is not right");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Enter the 6-digit code the app shows").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Two-factor sign-in is on");
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "two-factor-recovery-codes");
        await page.GetByRole(AriaRole.Link, new() { Name = "I have kept them: continue" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff$"));

        await page.GotoAsync("/account");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("/staff");
        await page.SignInAsync(email, password);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in/two-factor"));
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "two-factor-sign-in");
        await page.GetByLabel("6-digit code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByLabel("Remember this device for 30 days").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff$"));

        await page.GotoAsync("/account/two-factor");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Recovery codes left: 10 of 10.");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
