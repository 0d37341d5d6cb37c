using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

[Collection(BrowserCollectionDefinition.Name)]
public class CheckJourneyTests(BrowserFixture app)
{
    private static readonly string TwoWeeksAgo =
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_patient_with_work_insurance_finds_the_plan_and_condition_and_learns_it_is_covered()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Check my coverage" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "check-1280");

        await page.GetByLabel("Insurance through work or the marketplace").CheckAsync();
        await page.GetByLabel("Which state do you live in?").SelectOptionAsync("WA");
        var planBox = page.GetByRole(AriaRole.Combobox, new() { Name = "Plan or insurer name" });
        await planBox.PressSequentiallyAsync("acme gold", new() { Delay = 30 });
        var suggestion = page.GetByRole(AriaRole.Option, new() { Name = "Acme PPO Gold (demo) (Acme Health (demo))" });
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await planBox.PressAsync("ArrowDown");
        await planBox.PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Acme PPO Gold (demo) (Acme Health (demo))")).ToBeCheckedAsync();

        await page.GetByLabel("Condition or diagnosis code").FillAsync("low back pain");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find condition" }).ClickAsync();
        await page.GetByLabel("Low back pain, unspecified (M54.50)").CheckAsync();
        await Assertions.Expect(page.GetByLabel("Acme PPO Gold (demo) (Acme Health (demo))")).ToBeCheckedAsync();

        await page.Locator("#licensed-yes").CheckAsync();
        await page.Locator("#inNetwork-yes").CheckAsync();
        await page.Locator("#referral-yes").CheckAsync();
        await page.GetByLabel("The referral's date, if you have one").FillAsync(TwoWeeksAgo);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my coverage" }).Last.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/check/result\\?"));
        await Assertions.Expect(page.Locator(".badge-large")).ToHaveTextAsync("Covered");
        await Assertions.Expect(page.GetByText("12 of 12 visits left this year.")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "result-covered-1280");
    }

    [Fact]
    public async Task A_Colorado_Medicaid_member_on_a_phone_learns_what_is_still_needed()
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/check");
        await page.GetByLabel("Medicaid", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(page.Locator("[data-needs=plan]")).ToBeHiddenAsync();
        await page.GetByLabel("Which state do you live in?").SelectOptionAsync("CO");
        await page.GetByLabel("I don't know yet").CheckAsync();
        await page.GetByLabel("Your age in years (optional)").FillAsync("34");
        await page.ShotAsync(app, "check-medicaid-390");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my coverage" }).Last.ClickAsync();

        // The seeded rule pays only for members of the waiver, and the patient did not say they are one.
        await Assertions.Expect(page.Locator(".badge-large"))
            .ToHaveTextAsync("Covered only for people enrolled in the Complementary and Integrative Health waiver");
        var priorAuth = page.Locator(".requirement").Filter(new() { HasText = "Prior authorization" });
        await Assertions.Expect(priorAuth.Locator(".requirement-status")).ToContainTextAsync("Not sure");
        await Assertions.Expect(page.GetByText("Complementary and Integrative Health waiver").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "result-medicaid-390");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/check")]
    [InlineData("/check/result?coverage=medicaid&state=CO&diagnosis=unknown&age=34")]
    [InlineData("/medicaid")]
    [InlineData("/account/register")]
    public async Task Pages_reflow_at_320_pixels_without_sideways_scrolling(string url)
    {
        var page = await app.NewPageAsync(width: 320, height: 640);
        await page.GotoAsync(url);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow} px at 320 px wide.");
    }

    [Fact]
    public async Task An_Original_Medicare_patient_completes_the_check_with_the_keyboard_alone()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/check");

        await page.TabToAsync("coverage-private");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await page.Locator("#coverage-medicare").IsCheckedAsync());
        await page.TabToAsync("provider-massageTherapist");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await page.Locator("#provider-physicalTherapist").IsCheckedAsync());
        await page.TabToAsync("licensed-unsure");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.TabToAsync("referral-unsure");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.TabToAsync("age");
        await page.Keyboard.TypeAsync("72");

        // Original Medicare pays for massage techniques only inside a therapy plan of care: the patient says theirs has one.
        await page.TabToAsync("planOfCare-unsure");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.True(await page.Locator("#planOfCare-yes").IsCheckedAsync());
        await page.TabToAsync("minutes");
        await page.Keyboard.TypeAsync("30");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".badge-large")).ToHaveTextAsync("Covered");
        await Assertions.Expect(page.GetByText("Original Medicare, in effect since")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.TabToAsync("edit-answers");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#provider-physicalTherapist")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#age")).ToHaveValueAsync("72");
    }

    [Fact]
    public async Task Errors_are_listed_at_the_top_linked_to_their_fields_and_answers_are_kept()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/check");
        await page.GetByLabel("Insurance through work or the marketplace").CheckAsync();
        await page.GetByLabel("Your age in years (optional)").FillAsync("two hundred");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my coverage" }).Last.ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter your age in years, from 0 to 120, or leave it empty." }).ClickAsync();
        await Assertions.Expect(page.Locator("#age")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#age")).ToHaveValueAsync("two hundred");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "check-errors-1280");
    }

    [Fact]
    public async Task The_result_prints_on_one_page_without_the_site_navigation()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/check/result?coverage=private&state=WA&plan=acme-ppo-gold&diagnosis=M54.50"
            + "&provider=massageTherapist&licensed=yes&inNetwork=unsure&referral=unsure&priorAuth=unsure&visitsUsed=7");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print this page" })).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".result-actions")).ToBeHiddenAsync();
        await page.ShotAsync(app, "result-print");
        Assert.Equal(1, await page.PrintedPagesAsync(app, "result-print"));
    }
}
