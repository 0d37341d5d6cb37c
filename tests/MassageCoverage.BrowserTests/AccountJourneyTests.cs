using System.Text.RegularExpressions;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts.Mail;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

[Collection(BrowserCollectionDefinition.Name)]
public class AccountJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task A_patient_registers_from_the_home_page_signs_out_and_signs_back_in()
    {
        var email = $"journey-{Guid.NewGuid():N}@example.test";
        var page = await app.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();

        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("at least 12 characters");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "register-errors-390");

        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long enough passphrase");
        await page.GetByLabel("Type the password again").FillAsync("a long enough passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/check-email$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We have sent a message");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "check-email-390");
        await page.GotoAsync(Mailbox.Link(app.Factory, email, AccountEmails.ConfirmPrefix).PathAndQuery);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email address" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.SignInAsync(email, "a long enough passphrase");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(email);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "account-390");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You are signed out");
        await page.GotoAsync("/account");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl=%2Faccount"));
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("a long enough passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account$"));
    }

    [Fact]
    public async Task Two_minutes_before_the_idle_sign_out_a_warning_offers_to_stay_signed_in()
    {
        var page = await app.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.RegisterAsync(app, $"idle-{Guid.NewGuid():N}@example.test");

        var warning = page.GetByRole(AriaRole.Alertdialog);
        await Assertions.Expect(warning).ToBeHiddenAsync();
        await page.Clock.RunForAsync((long)TimeSpan.FromMinutes(13).TotalMilliseconds + 1000);

        await Assertions.Expect(warning).ToBeVisibleAsync();
        await Assertions.Expect(warning).ToContainTextAsync("signed out in 2 minutes");
        var stay = warning.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" });
        await Assertions.Expect(stay).ToBeFocusedAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(warning).ToBeHiddenAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account$"));
    }
}
