using System.Text.RegularExpressions;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

/// <summary>A staff member reads a payer's 271 against a plan's rule and drafts a new version from it.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public class EligibilityJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task A_staff_member_reads_a_271_beside_the_plans_rule_and_drafts_a_version_from_it()
    {
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        var (_, key) = await TestAccounts.CreateAsync(app.Factory, email, Roles.Staff, password: "a long enough passphrase");
        var page = await app.NewPageAsync();
        await page.GotoAsync("/staff");
        await page.SignInWithCodeAsync(email, "a long enough passphrase", key!);
        await page.GetByRole(AriaRole.Link, new() { Name = "Read a 271 eligibility response" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        var file = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Eligibility", "Corpus", "be-visit-limit.x12"));
        await page.GetByLabel("The 271, pasted").FillAsync(file);
        await page.GetByLabel("Compare with the rule of plan").FillAsync("acme-ppo-gold");
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the 271" }).ClickAsync();

        await Assertions.Expect(page.Locator("#answered-by")).ToHaveTextAsync("The payer answered for massage therapy (BE).");
        await Assertions.Expect(page.Locator("#comparison tr[data-term='Visits per year'] td").Nth(0)).ToHaveTextAsync("20");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("DOE");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "staff-eligibility-271");

        await page.GetByRole(AriaRole.Button, new() { Name = "Draft a new rule version from this 271" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/plans/acme-ppo-gold/rules/new\\?"));
        await Assertions.Expect(page.Locator("#drafted")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Maximum visits per year")).ToHaveValueAsync("20");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
