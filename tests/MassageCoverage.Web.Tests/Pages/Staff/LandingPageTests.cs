using System.Globalization;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Staff;

[Collection(AppCollectionDefinition.Name)]
public class LandingPageTests(AppFixture app)
{
    private DateOnly Today => app.Factory.Services.GetRequiredService<ClinicClock>().Today;

    [Theory]
    [InlineData(Roles.Staff, null, "/staff")]
    [InlineData(Roles.Admin, null, "/admin")]
    [InlineData(Roles.Staff, "/staff/prices", "/staff/prices")]
    [InlineData(Roles.Staff, "https://example.test/elsewhere", "/staff")]
    public async Task Signing_in_lands_on_the_roles_console_unless_a_local_page_was_asked_for(string role, string? returnUrl, string lands)
    {
        var email = $"landing-{Guid.NewGuid():N}@example.test";
        var (_, key) = await TestAccounts.CreateAsync(app.Factory, email, role);
        using var client = app.Factory.CreateClient();
        var signIn = "/account/sign-in" + (returnUrl is null ? "" : $"?returnUrl={Uri.EscapeDataString(returnUrl)}");
        using var password = await FormSubmitter.SubmitAsync(client, await client.FormAsync(signIn),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = SignedInSession.Password });
        var codePage = await HtmlPage.ParseAsync(password);
        using var signedIn = await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)codePage.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Code"] = Totp.Code(key!, DateTimeOffset.UtcNow) });

        Assert.Equal(lands, signedIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task The_staff_queue_counts_a_plan_with_no_rule_and_one_ending_soon_and_links_to_lists_of_them()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var before = await staff.PageAsync("/staff");
        var empty = StaffSession.NewCode();
        await staff.SubmitAsync("/staff/plans/new", StaffSession.NewPlan(empty));
        var ending = StaffSession.NewCode();
        await staff.SubmitAsync("/staff/plans/new", StaffSession.NewPlan(ending));
        var to = Today.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var answers = RulePageTests.Rule(Today.AddDays(-100).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to);
        answers["Form.LastVerified"] = Today.AddMonths(-13).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await staff.SubmitAsync($"/staff/plans/{ending}/rules/new", answers);

        var after = await staff.PageAsync("/staff");

        Assert.Equal(Count(before, "#queue-no-rule") + 1, Count(after, "#queue-no-rule"));
        Assert.Equal(Count(before, "#queue-ending") + 1, Count(after, "#queue-ending"));
        // A plan with no rule has nothing verified either: both new plans are stale.
        Assert.Equal(Count(before, "#queue-stale") + 2, Count(after, "#queue-stale"));
        var open = await app.Factory.DbAsync(db => db.DiscrepancyReports.CountAsync(r => r.Status == MassageCoverage.Web.Data.Entities.DiscrepancyStatus.Open));
        Assert.Equal(open, Count(after, "#discrepancy-link"));
        Assert.Equal("/staff/discrepancies", after.QuerySelector("#discrepancy-link a")!.GetAttribute("href"));

        var noRule = await staff.PageAsync(after.QuerySelector("#queue-no-rule a")!.GetAttribute("href")!);
        Assert.NotNull(noRule.QuerySelector($"#plan-{empty}"));
        Assert.Null(noRule.QuerySelector($"#plan-{ending}"));
        Assert.Null(noRule.QuerySelector("#plan-acme-ppo-gold"));
        var endingSoon = await staff.PageAsync(after.QuerySelector("#queue-ending a")!.GetAttribute("href")!);
        Assert.NotNull(endingSoon.QuerySelector($"#plan-{ending}"));
        Assert.Null(endingSoon.QuerySelector($"#plan-{empty}"));
        Assert.Equal(Count(after, "#queue-ending"), endingSoon.QuerySelectorAll("tbody tr").Length);
        var stale = await staff.PageAsync(after.QuerySelector("#queue-stale a")!.GetAttribute("href")!);
        Assert.Equal(Count(after, "#queue-stale"), stale.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task A_version_after_the_ending_one_takes_the_plan_off_the_queue()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        await staff.SubmitAsync("/staff/plans/new", StaffSession.NewPlan(code));
        var end = Today.AddDays(5);
        await staff.SubmitAsync($"/staff/plans/{code}/rules/new",
            RulePageTests.Rule(Today.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.NotNull((await staff.PageAsync("/staff/plans?ending=true")).QuerySelector($"#plan-{code}"));

        await staff.SubmitAsync($"/staff/plans/{code}/rules/new", RulePageTests.Rule(end.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        Assert.Null((await staff.PageAsync("/staff/plans?ending=true")).QuerySelector($"#plan-{code}"));
    }

    [Fact]
    public async Task The_admin_console_lists_each_state_whose_coverage_is_unknown_with_a_link_to_it()
    {
        var admin = await StaffSession.SignInAsync(app.Factory, Roles.Admin);
        var page = await admin.PageAsync("/admin");

        var unknown = await app.Factory.DbAsync(db => db.MedicaidStatePrograms
            .Where(s => s.CoverageForm == Core.Medicaid.CoverageForm.Unknown).Select(s => s.StateCode).ToListAsync());
        Assert.NotEmpty(unknown);
        Assert.Equal(unknown.Count, Count(page, "#queue-unknown"));
        foreach (var code in unknown)
        {
            var line = page.QuerySelector($"#state-work #state-{code}")!;
            Assert.Contains("coverage unknown", line.TextContent, StringComparison.Ordinal);
            Assert.Equal($"/admin/medicaid/{code}", line.QuerySelector("a")!.GetAttribute("href"));
        }

        Assert.NotNull(page.QuerySelector("#console-links a[href='/admin/users']"));
        Assert.NotNull(page.QuerySelector("#console-links a[href='/admin/audit']"));
        var staff = await StaffSession.SignInAsync(app.Factory);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await staff.Client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
    }

    private static int Count(IHtmlDocument page, string line) =>
        int.Parse(page.QuerySelector($"{line} .queue-count")!.TextContent, CultureInfo.InvariantCulture);
}
