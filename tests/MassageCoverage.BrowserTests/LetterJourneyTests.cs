using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

/// <summary>A patient opens a letter of medical necessity from a referral, checks it and prints it (docs/letters.md).</summary>
[Collection(BrowserCollectionDefinition.Name)]
public class LetterJourneyTests(BrowserFixture app)
{
    private static string Day(int offset) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_patient_opens_a_letter_from_a_referral_changes_it_and_it_prints_alone_on_US_Letter()
    {
        var page = await app.NewPageAsync();
        await page.RegisterAsync(app, $"letters-{Guid.NewGuid():N}@example.test");
        await page.GotoAsync("/account/referrals/new");
        await page.GetByLabel("Prescriber's name").FillAsync("Dr. Letter Journey");
        await page.GetByLabel("Prescriber's NPI").FillAsync("1234567893");
        await page.GetByLabel("Date issued").FillAsync(Day(-5));
        await page.GetByLabel("Diagnosis codes").FillAsync("M54.50, M62.830");
        await page.GetByLabel("Body areas").FillAsync("lower back");
        await page.GetByLabel("Frequency and duration").FillAsync("2 per week for 6 weeks");
        await page.GetByLabel("Visits prescribed").FillAsync("12");
        await page.GetByLabel("Visits used so far").FillAsync("0");
        await page.GetByLabel("Expiry date").FillAsync(Day(60));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the referral" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/referrals$"));

        await page.GetByRole(AriaRole.Link, new() { Name = "HSA/FSA letter for the referral from Dr. Letter Journey" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/account/referrals/\d+/letter\?kind=hsa$"));
        var letter = page.Locator("#letter");
        await Assertions.Expect(letter).ToContainTextAsync("IRS Publication 502");
        await Assertions.Expect(letter).ToContainTextAsync("Low back pain, unspecified");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Your name (optional)").FillAsync("Rosalind Example");
        await page.GetByLabel("Body areas").FillAsync("lower back and hips");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update the letter" }).ClickAsync();
        await Assertions.Expect(letter).ToContainTextAsync("Rosalind Example");
        await Assertions.Expect(letter).ToContainTextAsync("lower back and hips");
        // The script shows the print button; without it the browser's own Print command does the same.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print the letter" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "letter-hsa-1280");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".site-header nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".site-footer")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".letter-controls")).ToBeHiddenAsync();
        await Assertions.Expect(letter).ToBeVisibleAsync();
        await Assertions.Expect(letter.Locator(".letter-signature")).ToBeVisibleAsync();
        Assert.Equal("rgb(0, 0, 0)", await letter.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        await page.ShotAsync(app, "letter-hsa-print");
        Assert.InRange(await page.PrintedPagesAsync(app, "letter-hsa-print"), 1, 2);

        // The insurer's letter, linked from the HSA/FSA one, prints the same way.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GetByRole(AriaRole.Link, new() { Name = "For your insurer, print the letter of medical necessity instead." }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/account/referrals/\d+/letter\?kind=medical$"));
        await Assertions.Expect(page.Locator("#letter-title")).ToHaveTextAsync("Letter of medical necessity");
        await Accessibility.AssertNoViolationsAsync(page);
        // A PDF follows the emulated media: back to print, as the browser's Print command does.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        Assert.InRange(await page.PrintedPagesAsync(app, "letter-medical-print"), 1, 2);
    }
}
