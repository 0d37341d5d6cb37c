using System.Globalization;
using System.Text.RegularExpressions;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

[Collection(BrowserCollectionDefinition.Name)]
public class SelfPayJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Staff_price_a_session_then_a_patient_without_insurance_gets_a_good_faith_estimate_with_it()
    {
        // Staff: a price for a 45-minute massage (a length no other journey prices).
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        var (_, key) = await TestAccounts.CreateAsync(app.Factory, email, Roles.Staff, password: "a long enough passphrase");
        var staff = await app.NewPageAsync();
        await staff.GotoAsync("/staff/prices");
        await staff.SignInWithCodeAsync(email, "a long enough passphrase", key!);
        await Assertions.Expect(staff).ToHaveURLAsync(new Regex("/staff/prices$"));
        await Accessibility.AssertNoViolationsAsync(staff);
        await staff.GetByRole(AriaRole.Link, new() { Name = "Add a price" }).ClickAsync();
        await staff.GetByLabel("Service (CPT code)").SelectOptionAsync("97124");
        await staff.GetByLabel("Session length in minutes").FillAsync("45");
        await staff.GetByLabel("Price for one session, in US dollars").FillAsync("88");
        await Accessibility.AssertNoViolationsAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save price" }).ClickAsync();
        await Assertions.Expect(staff).ToHaveURLAsync(new Regex("/staff/prices$"));
        await Assertions.Expect(staff.Locator("#prices")).ToContainTextAsync("$88.00");
        await staff.ShotAsync(app, "staff-prices");
        await staff.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Clinic details" }).ClickAsync();
        await staff.GetByLabel("Provider or clinic name").FillAsync("Harbor Massage Clinic");
        await staff.GetByLabel("NPI").FillAsync("1234567893");
        await staff.GetByLabel("TIN (EIN)").FillAsync("12-3456789");
        await Accessibility.AssertNoViolationsAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save clinic details" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#saved")).ToHaveTextAsync("Clinic details saved.");

        // A patient with no insurance runs a check.
        var page = await app.NewPageAsync();
        await page.GotoAsync("/check");
        await page.GetByLabel("I have no insurance").CheckAsync();
        await page.GetByLabel("Which state do you live in?").SelectOptionAsync("TX");
        await page.GetByLabel("Condition or diagnosis code").FillAsync("low back pain");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find condition" }).ClickAsync();
        await page.GetByLabel("Low back pain, unspecified (M54.50)").CheckAsync();
        await page.GetByLabel("How long will the session be, in minutes?").FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my coverage" }).Last.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/check/result\\?"));
        await Assertions.Expect(page.Locator(".badge-large")).ToHaveTextAsync("Not covered");
        await Assertions.Expect(page.Locator(".answer-summary")).ToContainTextAsync("you have no insurance");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "result-no-insurance");

        // The Good Faith Estimate, pre-filled from the check.
        await page.GetByRole(AriaRole.Link, new() { Name = "Get a Good Faith Estimate" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Minutes in each visit")).ToHaveValueAsync("45");
        await Assertions.Expect(page.GetByLabel("Diagnosis codes (optional)")).ToHaveValueAsync("M54.50");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Your full name").FillAsync("Rosa Quintanilla");
        await page.GetByLabel("Your date of birth").FillAsync("1980-04-02");
        await page.GetByLabel("Number of visits").FillAsync("3");
        await page.GetByLabel("Date of your first visit (optional)")
            .FillAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my estimate" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Good Faith Estimate");
        await Assertions.Expect(page.Locator("#gfe-total")).ToHaveTextAsync("Total expected charges: $264.00");
        await Assertions.Expect(page.Locator("#gfe-rights")).ToContainTextAsync("$400.00 or more above this estimate");
        await Assertions.Expect(page.Locator("#gfe-provider-name")).ToHaveTextAsync("Harbor Massage Clinic");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "good-faith-estimate");
        Assert.InRange(await page.PrintedPagesAsync(app, "good-faith-estimate"), 1, 2);
    }
}
