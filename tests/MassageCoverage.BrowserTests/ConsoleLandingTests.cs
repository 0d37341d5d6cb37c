using System.Text.RegularExpressions;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

[Collection(BrowserCollectionDefinition.Name)]
public class ConsoleLandingTests(BrowserFixture app)
{
    [Fact]
    public async Task An_admin_signing_in_lands_on_the_admin_console_with_its_state_queue()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.test";
        var (_, key) = await TestAccounts.CreateAsync(app.Factory, email, Roles.Admin, password: "a long enough passphrase");
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        await page.SignInWithCodeAsync(email, "a long enough passphrase", key!);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await Assertions.Expect(page.Locator("#queue-unknown")).ToContainTextAsync("states whose coverage is unknown");
        await Assertions.Expect(page.Locator("#state-work li").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Contrast.AssertFormControlsAtLeast3To1Async(page);
        await page.ShotAsync(app, "admin-console");
    }
}
