using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

/// <summary>The time zone chosen at registration and the settings page, as a patient meets them.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public class SettingsJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Registration_chooses_the_devices_time_zone_and_says_where_it_came_from()
    {
        var page = await app.NewPageAsync(timeZone: "America/Chicago");
        await page.GotoAsync("/account/register");

        await Assertions.Expect(page.GetByLabel("Your time zone")).ToHaveValueAsync("America/Chicago");
        await Assertions.Expect(page.Locator("#timeZone-hint")).ToHaveTextAsync("Set to your device's time zone. Change it if it is not right.");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Without_scripts_registration_shows_the_clinics_time_zone_and_says_so()
    {
        var page = await app.NewPageAsync(timeZone: "America/Chicago", scripts: false);
        await page.GotoAsync("/account/register");

        await Assertions.Expect(page.GetByLabel("Your time zone")).ToHaveValueAsync("Etc/UTC");
        await Assertions.Expect(page.Locator("#timeZone-hint")).ToHaveTextAsync("Set to the clinic's time zone. Change it if you live in another one.");
    }

    [Fact]
    public async Task A_patient_changes_time_zone_language_and_reminders_from_the_keyboard()
    {
        var page = await app.NewPageAsync(timeZone: "America/Denver");
        await page.RegisterAsync(app, $"settings-{Guid.NewGuid():N}@example.test");
        await page.GetByRole(AriaRole.Link, new() { Name = "Settings: time zone, language, reminders, password, email" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Your time zone")).ToHaveValueAsync("America/Denver");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Your time zone").SelectOptionAsync("America/Los_Angeles");
        await page.GetByLabel("How many days ahead").FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my settings" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Enter a number of days from 1 to 30.");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("How many days ahead").FillAsync("5");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Español" }).CheckAsync();
        await page.GetByLabel("How many days ahead").PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Su configuración está guardada.");
        await Assertions.Expect(page.GetByLabel("Su zona horaria")).ToHaveValueAsync("America/Los_Angeles");
        await Assertions.Expect(page.GetByLabel("Con cuántos días de anticipación")).ToHaveValueAsync("5");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "settings-es");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/settings\\?done=saved$"));
    }
}
