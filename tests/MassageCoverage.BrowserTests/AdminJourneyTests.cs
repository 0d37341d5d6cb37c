using System.Text.RegularExpressions;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Testing;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

[Collection(BrowserCollectionDefinition.Name)]
public class AdminJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task An_admin_edits_Colorado_from_the_map_and_the_public_map_changes()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.test";
        var staff = $"staff-{Guid.NewGuid():N}@example.test";
        var (_, key) = await TestAccounts.CreateAsync(app.Factory, email, Roles.Admin, password: "a long enough passphrase");
        await TestAccounts.CreateAsync(app.Factory, staff, Roles.Staff, password: "a long enough passphrase");

        var page = await app.NewPageAsync();
        await page.GotoAsync("/admin/medicaid");
        await page.SignInWithCodeAsync(email, "a long enough passphrase", key!);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/medicaid$"));
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "admin-medicaid");

        await page.GetByRole(AriaRole.Link, new() { Name = "Colorado, CO: only through a waiver program" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/medicaid/CO$"));
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the criteria" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/medicaid/CO/edit$"));
        await Accessibility.AssertNoViolationsAsync(page);
        // The coverage form stays the rule's (waiver only); the populations it names are the admin's to keep.
        await page.GetByLabel("Populations").FillAsync("Adults with spinal cord injury or multiple sclerosis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save Colorado" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/medicaid/CO$"));

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/medicaid");
        await Assertions.Expect(visitor.Locator("#state-CO")).ToContainTextAsync("For: Adults with spinal cord injury or multiple sclerosis");
        await visitor.ShotAsync(app, "medicaid-map-after-edit");

        // A dated version far ahead, so the other journeys' checks today still meet the seeded rule.
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a new version" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/medicaid/CO/rules/new$"));
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Minimum age").FillAsync("16");
        await page.GetByLabel("Effective from").FillAsync("2099-01-01");
        await page.GetByLabel("Age", new() { Exact = true }).FillAsync("17");
        await page.GetByRole(AriaRole.Button, new() { Name = "Try it" }).ClickAsync();
        await Assertions.Expect(page.Locator("#try-answer")).ToContainTextAsync("Colorado Medicaid");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "admin-state-rule-try");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save version" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/medicaid/CO$"));
        await Assertions.Expect(page.Locator("#versions tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#changes")).ToContainTextAsync("Rule version from 2099-01-01 added");
        await page.ShotAsync(app, "admin-state-page");
        await page.Locator("a.compare-link").ClickAsync();
        await Assertions.Expect(page.Locator("#field-MinAge")).ToHaveClassAsync(new Regex("changed"));
        await Accessibility.AssertNoViolationsAsync(page);

        // Put Colorado back: the other browser tests read the seeded waiver.
        await page.GotoAsync("/admin/medicaid/CO/edit");
        await page.GetByLabel("Coverage form").SelectOptionAsync("waiverOnly");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save Colorado" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/medicaid/CO$"));

        await page.GotoAsync($"/admin/users?q={Uri.EscapeDataString(staff)}");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Delete {staff}" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/users/[^/]+/delete$"));
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "admin-delete-user");
        await page.GetByRole(AriaRole.Link, new() { Name = "Keep it" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/users$"));
        await page.GotoAsync("/admin/audit");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Colorado Medicaid" }).First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_stale_save_of_a_state_shows_both_admins_values_and_passes_axe()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.test";
        var (_, key) = await TestAccounts.CreateAsync(app.Factory, email, Roles.Admin, password: "a long enough passphrase");

        var first = await app.NewPageAsync();
        await first.GotoAsync("/admin/medicaid/WY/edit");
        await first.SignInWithCodeAsync(email, "a long enough passphrase", key!);
        await Assertions.Expect(first).ToHaveURLAsync(new Regex("/admin/medicaid/WY/edit$"));
        // A second tab of the same session stands in for a second admin: the row version is what is compared.
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync("/admin/medicaid/WY/edit");

        await first.GetByLabel("Program", new() { Exact = true }).FillAsync("First admin's program");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save Wyoming" }).ClickAsync();
        await Assertions.Expect(first).ToHaveURLAsync(new Regex("/admin/medicaid/WY$"));
        await second.GetByLabel("Program", new() { Exact = true }).FillAsync("Second admin's program");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save Wyoming" }).ClickAsync();

        await Assertions.Expect(second.Locator("#conflict")).ToContainTextAsync("Someone else saved this state");
        await Assertions.Expect(second.Locator("#conflict-Program .theirs")).ToHaveTextAsync("First admin's program");
        await Assertions.Expect(second.GetByLabel("Program", new() { Exact = true })).ToHaveValueAsync("Second admin's program");
        await Assertions.Expect(second.GetByText($"by {email}.")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(second);
        await second.ShotAsync(app, "admin-state-conflict");
    }
}
