using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

/// <summary>A patient records a denial, sees the deadline on the account home, writes the appeal letter, edits it and prints it.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public class AppealJourneyTests(BrowserFixture app)
{
    private static string Day(int offset) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_patient_records_a_denial_sees_the_deadline_and_prints_the_appeal_letter()
    {
        var page = await app.NewPageAsync();
        await page.RegisterAsync(app, $"appeal-{Guid.NewGuid():N}@example.test");

        await page.GotoAsync("/account/denials");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a denial" }).ClickAsync();
        await page.GetByLabel("Date on the denial notice").FillAsync(Day(-10));
        await page.GetByLabel("Insurer or plan that said no").FillAsync("Acme Health");
        await page.GetByLabel("Member ID (optional)").FillAsync("XZ123456789");
        await page.GetByLabel("Claim or reference number (optional)").FillAsync("CLM-77");
        await page.Locator("#route-Private").CheckAsync();
        await page.Locator("#reason-MaintenanceCare").CheckAsync();
        await page.GetByLabel("Service that was denied").SelectOptionAsync("97124");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/account/denials/\d+\?saved=true$", RegexOptions.IgnoreCase));
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(170).ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"));
        await Assertions.Expect(page.Locator(".deadline-box")).ToContainTextAsync($"Appeal by {due}");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "denial-1280");

        await page.GotoAsync("/account");
        await Assertions.Expect(page.Locator("#due")).ToContainTextAsync("The last day to appeal the denial from Acme Health.");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator("#due").GetByRole(AriaRole.Link, new() { Name = "Open the denial" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Write your appeal letter" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Write my letter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your letter is written.");
        var letter = page.GetByLabel("Your letter");
        await Assertions.Expect(letter).ToHaveValueAsync(new Regex("Please send me your decision in writing\\."));
        await Assertions.Expect(page.Locator("#blanks")).ToContainTextAsync("[Your full name]");
        await Accessibility.AssertNoViolationsAsync(page);

        var text = (await letter.InputValueAsync()).Replace("[Your full name]", "Rosalind Example", StringComparison.Ordinal);
        await letter.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my letter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your letter is saved.");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Print or save as PDF" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/account/denials/\d+/letter/print$"));
        var sheet = page.Locator("#letter");
        await Assertions.Expect(sheet).ToContainTextAsync("Rosalind Example");
        await Assertions.Expect(sheet).ToContainTextAsync("CLM-77");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".letter-controls")).ToBeHiddenAsync();
        await Assertions.Expect(sheet).ToBeVisibleAsync();
        await page.ShotAsync(app, "appeal-letter-print");
        Assert.InRange(await page.PrintedPagesAsync(app, "appeal-letter-print"), 1, 3);
    }
}
