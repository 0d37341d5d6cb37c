using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

[Collection(BrowserCollectionDefinition.Name)]
public class HomeAndMedicaidTests(BrowserFixture app)
{
    [Fact]
    public async Task A_visitor_follows_the_home_page_link_to_the_medicaid_table_and_finds_Colorado()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Will my plan pay for medical massage?");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.ScreenshotDirectory, "home.png"), FullPage = true });

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "See Medicaid coverage by state" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/medicaid$"));
        var colorado = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Colorado" });
        await Assertions.Expect(colorado).ToContainTextAsync("Complementary and Integrative Health waiver");
        await Assertions.Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(52);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.ScreenshotDirectory, "medicaid.png"), FullPage = true });
    }

    [Fact]
    public async Task The_table_sorts_by_status_with_the_keyboard_alone()
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/medicaid");

        var statusHeader = page.GetByRole(AriaRole.Link, new() { Name = "Status" });
        await statusHeader.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sort=Status"));
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Colorado");
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Status" }))
            .ToHaveAttributeAsync("aria-sort", "ascending");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.ScreenshotDirectory, "medicaid-390.png"), FullPage = true });
    }

    [Fact]
    public async Task What_we_found_shows_in_the_Texas_row_and_on_a_Texas_Medicaid_result_never_as_coverage()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/medicaid");

        var texas = page.Locator("#state-TX");
        await Assertions.Expect(texas.Locator(".status-badge")).ToHaveTextAsync("Unknown - verify");
        await Assertions.Expect(texas.GetByRole(AriaRole.List, new() { Name = "What we found (not a promise of coverage; verify with the agency below):" }))
            .ToContainTextAsync("CLASS 1915(c) waiver");
        await Assertions.Expect(page.Locator(".medicaid-findings")).ToHaveCountAsync(7);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/check/result?coverage=medicaid&state=TX&diagnosis=M54.50&age=34");

        var findings = page.GetByRole(AriaRole.Region, new() { Name = "What we found about Texas Medicaid (not a promise of coverage; verify with the agency below)" });
        await Assertions.Expect(findings.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(findings.GetByRole(AriaRole.Listitem)).ToContainTextAsync("found December 2026");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Whom to call about Texas Medicaid" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.ScreenshotDirectory, "medicaid-result-tx-findings.png"), FullPage = true });
    }
}
