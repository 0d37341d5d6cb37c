using System.Text.RegularExpressions;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

[Collection(BrowserCollectionDefinition.Name)]
public class DiscrepancyJourneyTests(BrowserFixture app)
{
    /// <summary>Acme HMO Basic (demo) excludes massage; the representative is about to say it is covered.</summary>
    private const string BasicCheck = "/check/result?coverage=private&state=WA&plan=acme-hmo-basic&diagnosis=M54.50"
        + "&provider=massageTherapist&licensed=yes&inNetwork=yes&referral=no&priorAuth=no&visitsUsed=0";

    [Fact]
    public async Task A_patient_records_a_call_that_contradicts_the_rule_tells_the_clinic_and_staff_resolve_it()
    {
        var page = await app.NewPageAsync();
        await page.RegisterAsync(app, $"discrepancy-{Guid.NewGuid():N}@example.test");

        await page.GotoAsync(BasicCheck);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a call with these questions" }).ClickAsync();
        await page.GetByLabel("Insurer", new() { Exact = true }).FillAsync("Acme Health");
        await page.GetByLabel("Call reference number (optional)").FillAsync("REF-JOURNEY-9");
        await page.GetByLabel("Search for a plan").FillAsync("Acme HMO");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find plan" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Insurer", new() { Exact = true })).ToHaveValueAsync("Acme Health");
        await page.Locator("#about-plan-acme-hmo-basic").CheckAsync();
        await page.Locator("#saidCovered-yes").CheckAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "call-what-was-said");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the call" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/calls$"));

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^View") }).First.ClickAsync();
        var item = page.Locator("#discrepancy-Covered");
        await Assertions.Expect(item).ToContainTextAsync(new Regex("Your call on .+ said massage is covered; our rule, .+ says massage is not covered\\."));
        await Assertions.Expect(page.Locator("#discrepancies")).ToContainTextAsync("We cannot tell which is right.");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "call-discrepancy");
        await item.GetByRole(AriaRole.Button, new() { Name = "Tell the clinic about Covered" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Sent. The clinic will check its rule.");
        await Assertions.Expect(item).ToContainTextAsync("The clinic has this report since");
        await Accessibility.AssertNoViolationsAsync(page);

        var email = $"staff-{Guid.NewGuid():N}@example.test";
        var (_, key) = await TestAccounts.CreateAsync(app.Factory, email, Roles.Staff, password: "a long enough passphrase");
        var staff = await app.NewPageAsync();
        await staff.GotoAsync("/staff");
        await staff.SignInWithCodeAsync(email, "a long enough passphrase", key!);
        await staff.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^\\d+ open discrepancy reports$") }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(staff);
        var row = staff.Locator("#open-reports tr", new() { HasText = "REF-JOURNEY-9" });
        await Assertions.Expect(row).ToContainTextAsync("Acme Health (demo): Acme HMO Basic (demo)");
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Resolve") }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Link, new() { Name = "Add a new rule version" })).ToHaveAttributeAsync("href", "/staff/plans/acme-hmo-basic/rules/new");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Resolve report" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#outcome-error")).ToContainTextAsync("Choose what you found.");
        await Accessibility.AssertNoViolationsAsync(staff);
        await staff.GetByLabel(new Regex("^Insurer was wrong")).CheckAsync();
        await staff.GetByLabel(new Regex("^Note")).FillAsync("Exclusion confirmed in the 2026 evidence of coverage");
        await staff.ShotAsync(app, "staff-discrepancy-resolve");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Resolve report" }).ClickAsync();
        await Assertions.Expect(staff).ToHaveURLAsync(new Regex("/staff/discrepancies$"));
        await Assertions.Expect(staff.Locator("#resolved-reports")).ToContainTextAsync("Insurer was wrong");
        await Accessibility.AssertNoViolationsAsync(staff);

        await page.ReloadAsync();
        await Assertions.Expect(item).ToContainTextAsync("The clinic looked at it on");
    }
}
