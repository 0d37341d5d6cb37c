using System.Text.RegularExpressions;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Testing;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

[Collection(BrowserCollectionDefinition.Name)]
public class StaffJourneyTests(BrowserFixture app)
{
    private const string SummitCheck = "/check/result?coverage=private&state=CO&plan=summit-epo-plus&diagnosis=M54.50"
        + "&provider=massageTherapist&licensed=yes&inNetwork=yes&referral=unsure&priorAuth=yes&visitsUsed=0";

    [Fact]
    public async Task A_staff_member_edits_a_plan_and_a_patients_next_check_reflects_it()
    {
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        var (_, key) = await TestAccounts.CreateAsync(app.Factory, email, Roles.Staff, password: "a long enough passphrase");

        var patient = await app.NewPageAsync();
        await patient.GotoAsync(SummitCheck);
        await Assertions.Expect(patient.GetByText("6 of 6 visits left this year.")).ToBeVisibleAsync();

        var page = await app.NewPageAsync();
        await page.GotoAsync("/staff");
        await page.SignInWithCodeAsync(email, "a long enough passphrase", key!);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff$"));
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "staff-console");
        await Assertions.Expect(page.Locator("#queue-stale")).ToContainTextAsync("not verified in the last 12 months");
        await Assertions.Expect(page.Locator("#queue-no-rule")).ToContainTextAsync("no rule in effect today");
        await Contrast.AssertFormControlsAtLeast3To1Async(page);
        await page.Locator("#queue-ending a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/plans\\?ending=true$"));
        await Assertions.Expect(page.Locator("#ending")).ToBeCheckedAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync("/staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "Plans and their rules" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "staff-plans");

        await page.GetByRole(AriaRole.Link, new() { Name = "Summit EPO Plus (demo)" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the current version" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Maximum visits per year").FillAsync("8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Try it" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "staff-rule-try-it");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save version" }).ClickAsync();
        await page.ShotAsync(app, "staff-rule-saved");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/plans/summit-epo-plus$"));

        await patient.ReloadAsync();
        await Assertions.Expect(patient.GetByText("8 of 8 visits left this year.")).ToBeVisibleAsync();

        // Put the seed back: other browser tests share this database.
        await page.GotoAsync("/staff/plans/summit-epo-plus");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the current version" }).ClickAsync();
        await page.GetByLabel("Maximum visits per year").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save version" }).ClickAsync();
        await patient.ReloadAsync();
        await Assertions.Expect(patient.GetByText("6 of 6 visits left this year.")).ToBeVisibleAsync();

        // Import: a new plan, then the same file with its name changed; the preview names the field, old and new.
        var code = $"journey-{Guid.NewGuid():N}"[..20];
        await ImportAsync(page, code, "Journey PPO (demo)");
        await Assertions.Expect(page.Locator("#import-applied")).ToContainTextAsync("plans: 1 created");
        await ImportAsync(page, code, "Journey PPO Plus (demo)", apply: false);
        await Assertions.Expect(page.Locator($"li.import-owner[data-code='{code}'] .import-fields li"))
            .ToHaveTextAsync("name: Journey PPO (demo) → Journey PPO Plus (demo)");
        await Assertions.Expect(page.Locator("#file")).ToHaveValueAsync("");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "staff-import-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply the import" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("plans: 0 created, 1 updated");

        // Try it on a new version with no dates typed: the answer comes right after the button and takes the focus.
        await page.GotoAsync("/staff/plans/summit-epo-plus/rules/new");
        await Contrast.AssertFormControlsAtLeast3To1Async(page);
        await page.GetByLabel("Required after a number of visits").CheckAsync();
        await page.GetByLabel("Visits before it is required").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Try it" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#try-answer$"));
        await Assertions.Expect(page.Locator("#try-answer")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#try-answer h2")).ToContainTextAsync("Answer from the unsaved rule");
        await Assertions.Expect(page.GetByLabel("Effective from")).ToHaveValueAsync("");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "staff-rule-try-it-no-date");
    }

    private static async Task ImportAsync(IPage page, string code, string name, bool apply = true)
    {
        await page.GotoAsync("/staff/import");
        var file = $$"""
            { "plans": [ { "code": "{{code}}", "insurer": "Journey Health (demo)", "name": "{{name}}", "planType": "private",
              "states": ["WA"], "networkType": "ppo",
              "rules": [ { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2025-01-01", "source": "Journey policy 1" } ] } ] }
            """;
        await page.GetByLabel("Catalog file (JSON)").SetInputFilesAsync(new FilePayload
        {
            Name = "catalog.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(file),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the import" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-preview")).ToContainTextAsync("Preview: nothing is saved yet");
        if (apply)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply the import" }).ClickAsync();
        }
    }
}
