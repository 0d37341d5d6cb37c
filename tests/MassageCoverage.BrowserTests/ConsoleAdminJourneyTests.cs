using System.Text.RegularExpressions;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.Mail;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

/// <summary>The admin console's readable audit, an invitation accepted, and the Medicaid map on a phone.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public class ConsoleAdminJourneyTests(BrowserFixture app)
{
    private const string Password = "a long enough passphrase";

    [Fact]
    public async Task An_admin_reads_a_criteria_change_in_words_in_the_audit_log_filtered_by_its_state()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.test";
        var (_, key) = await TestAccounts.CreateAsync(app.Factory, email, Roles.Admin, password: Password);
        var page = await app.NewPageAsync();
        await page.GotoAsync("/admin/medicaid/WY/edit");
        await page.SignInWithCodeAsync(email, Password, key!);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/medicaid/WY/edit$"));
        var program = $"Wyoming program {Guid.NewGuid():N}"[..28];
        await page.GetByLabel("Program", new() { Exact = true }).FillAsync(program);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save Wyoming" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/medicaid/WY$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Wyoming criteria saved. Changed: ");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"→ {program}");

        await page.GotoAsync("/admin/audit");
        await page.GetByLabel("Owner (plan code or state code)").FillAsync("WY");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("Owner=WY"));
        var row = page.Locator("tbody tr").Filter(new() { HasText = program }).First;
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(email);
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("Wyoming Medicaid");
        await Assertions.Expect(row.Locator("li").Filter(new() { HasText = "program:" })).ToContainTextAsync($"→ {program}");
        await Assertions.Expect(page.Locator("tbody")).Not.ToContainTextAsync("{");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "admin-audit-diff");
    }

    [Fact]
    public async Task An_invited_staff_member_chooses_a_password_from_the_mailed_link_and_signs_in()
    {
        var admin = $"admin-{Guid.NewGuid():N}@example.test";
        var invited = $"invited-{Guid.NewGuid():N}@example.test";
        var (_, key) = await TestAccounts.CreateAsync(app.Factory, admin, Roles.Admin, password: Password);
        var page = await app.NewPageAsync();
        await page.GotoAsync("/admin/users");
        await page.SignInWithCodeAsync(admin, Password, key!);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/users$"));
        await Contrast.AssertFormControlsAtLeast3To1Async(page);
        await page.GetByLabel("Email address").FillAsync(invited);
        await page.GetByLabel("Staff", new() { Exact = true }).Last.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Invitation sent to");
        await Assertions.Expect(page.Locator($"tr[data-user='{invited}']")).ToContainTextAsync("no password chosen yet");
        await Assertions.Expect(page.Locator("input[type=password]")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "admin-users-invited");

        var link = Mailbox.Link(app.Factory, invited, AccountEmails.InvitationPrefix);
        var invitee = await app.NewPageAsync(width: 390, height: 844);
        await invitee.GotoAsync(link.PathAndQuery);
        await Accessibility.AssertNoViolationsAsync(invitee);
        await invitee.GetByLabel("New password").FillAsync("my own chosen passphrase");
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Set my password" }).ClickAsync();
        await Assertions.Expect(invitee.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is set");
        await Accessibility.AssertNoViolationsAsync(invitee);
        await invitee.GetByRole(AriaRole.Link, new() { Name = "sign in", Exact = true }).ClickAsync();
        await invitee.SignInAsync(invited, "my own chosen passphrase");
        // Staff must set up two-factor sign-in before anything else.
        await Assertions.Expect(invitee).ToHaveURLAsync(new Regex("/account/two-factor"));

        await invitee.GotoAsync(link.PathAndQuery);
        await Assertions.Expect(invitee.Locator("#invitation-invalid")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_Medicaid_map_filters_without_scripts_and_reads_as_stacked_rows_at_390_px()
    {
        // The filter is a plain GET form: it works with scripts off. (Playwright cannot evaluate in a page whose
        // scripts are off once it has navigated, so the layout and axe are measured on the same address with them on.)
        var plain = await app.NewPageAsync(width: 390, height: 844, scripts: false);
        await plain.GotoAsync("/medicaid");
        await plain.GetByLabel("Coverage", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Unknown - verify" });
        await plain.GetByRole(AriaRole.Button, new() { Name = "Show these states" }).ClickAsync();
        await Assertions.Expect(plain).ToHaveURLAsync(new Regex("status=Unknown"));
        await Assertions.Expect(plain.Locator("tbody tr .status-badge").First).ToHaveTextAsync("Unknown - verify");
        await Assertions.Expect(plain.Locator("#state-CO")).ToHaveCountAsync(0);
        var filtered = new Uri(plain.Url).PathAndQuery;

        var page = await app.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/medicaid");
        Assert.True(await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth") <= 390);
        await page.GotoAsync(filtered);
        Assert.True(await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth") <= 390);
        // Stacked: each row's cells sit one under another, as wide as the row.
        var cells = page.Locator("tbody tr").First.Locator("td");
        var first = await cells.Nth(0).BoundingBoxAsync();
        var second = await cells.Nth(1).BoundingBoxAsync();
        Assert.True(second!.Y >= first!.Y + first.Height - 1);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "medicaid-filtered-390");
    }
}
