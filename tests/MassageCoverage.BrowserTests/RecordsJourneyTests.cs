using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

[Collection(BrowserCollectionDefinition.Name)]
public class RecordsJourneyTests(BrowserFixture app)
{
    private static string Day(int offset) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_patient_saves_a_check_keeps_a_referral_and_a_call_sees_the_follow_up_and_exports()
    {
        var page = await app.NewPageAsync();
        await RegisterAsync(page);

        await page.GotoAsync("/check/result?coverage=private&state=WA&plan=acme-ppo-gold&diagnosis=M54.50"
            + "&provider=massageTherapist&licensed=yes&inNetwork=unsure&referral=yes&referralDate=" + Day(-20) + "&priorAuth=unsure&visitsUsed=0");
        await page.GetByLabel("Name this check (optional)").FillAsync("Before calling Acme");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save to my account" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/checks/\\d+(\\?saved=True)?$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Before calling Acme");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "saved-check-1280");

        await page.GotoAsync("/account");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your referrals" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a referral" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Prescriber's name").FillAsync("Dr. Journey Test");
        await page.GetByLabel("Prescriber's NPI").FillAsync("1234567890");
        await page.GetByLabel("Date issued").FillAsync(Day(-20));
        await page.GetByLabel("Diagnosis codes").FillAsync("M54.50");
        await page.GetByLabel("Visits prescribed").FillAsync("12");
        await page.GetByLabel("Visits used so far").FillAsync("2");
        await page.GetByLabel("Expiry date").FillAsync(Day(70));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the referral" }).ClickAsync();
        await Assertions.Expect(page.Locator("#prescriberNpi-error")).ToContainTextAsync("NPI");
        await Accessibility.AssertNoViolationsAsync(page);
        await Assertions.Expect(page.GetByLabel("Prescriber's name")).ToHaveValueAsync("Dr. Journey Test");
        await page.GetByLabel("Prescriber's NPI").FillAsync("1234567893");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the referral" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/referrals$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("2 of 12");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "referrals-1280");

        await page.GotoAsync("/check/result?coverage=private&state=WA&plan=acme-ppo-gold&diagnosis=M54.50"
            + "&provider=massageTherapist&licensed=yes&inNetwork=unsure&referral=yes&referralDate=" + Day(-20) + "&priorAuth=unsure&visitsUsed=0");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a call with these questions" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Questions you asked")).ToHaveValueAsync(new Regex("Is my therapist in your network"));
        await page.GetByLabel("Insurer", new() { Exact = true }).FillAsync("Acme Health");
        await page.GetByLabel("Representative's name (optional)").FillAsync("Sam");
        await page.GetByLabel("Call reference number (optional)").FillAsync("REF-42");
        await page.GetByLabel("What they answered").FillAsync("Yes, up to 12 visits a year.");
        await page.GetByLabel("Promise 1", new() { Exact = true }).FillAsync("Mail written confirmation");
        await page.GetByLabel("Promise 1 due on").FillAsync(Day(5));
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the call" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/calls$"));
        await Assertions.Expect(page.Locator(".follow-up")).ToContainTextAsync("Mail written confirmation");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "calls-1280");

        await page.GotoAsync("/account");
        await page.GetByRole(AriaRole.Link, new() { Name = "Download or print your records" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download everything (JSON)" }).ClickAsync());
        var exported = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("Before calling Acme", exported, StringComparison.Ordinal);
        Assert.Contains("REF-42", exported, StringComparison.Ordinal);
        Assert.Contains("1234567893", exported, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Printable copy" }).ClickAsync();
        await Assertions.Expect(page.Locator(".insurer-call")).ToContainTextAsync("Mail written confirmation");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "export-print-1280");
    }

    private Task RegisterAsync(IPage page) => page.RegisterAsync(app, $"records-{Guid.NewGuid():N}@example.test");
}
