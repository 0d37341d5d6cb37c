using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Staff;

[Collection(AppCollectionDefinition.Name)]
public class PlanPageTests(AppFixture app)
{
    [Fact]
    public async Task Staff_search_and_filters_narrow_the_plan_list_without_javascript()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var all = await staff.PageAsync("/staff/plans");
        Assert.NotNull(all.QuerySelector("#plan-acme-ppo-gold"));
        Assert.NotNull(all.QuerySelector("#plan-harbor-ma-choice"));

        var search = await staff.PageAsync("/staff/plans?q=gold");
        Assert.NotNull(search.QuerySelector("#plan-acme-ppo-gold"));
        Assert.Null(search.QuerySelector("#plan-summit-epo-plus"));

        var medicareAdvantage = await staff.PageAsync("/staff/plans?planType=MedicareAdvantage");
        Assert.NotNull(medicareAdvantage.QuerySelector("#plan-harbor-ma-choice"));
        Assert.Null(medicareAdvantage.QuerySelector("#plan-acme-ppo-gold"));
        Assert.Equal("MedicareAdvantage", ((IHtmlSelectElement)medicareAdvantage.QuerySelector("#planType")!).Value);
    }

    [Fact]
    public async Task Staff_create_a_plan_and_see_it_listed_with_states_upper_case()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        var details = await staff.SubmitAsync("/staff/plans/new", StaffSession.NewPlan(code));
        Assert.Equal($"/staff/plans/{code}", details.Url[details.Url.IndexOf("/staff", StringComparison.Ordinal)..]);
        Assert.Contains("CO, WY", details.QuerySelector(".rule-facts")!.TextContent, StringComparison.Ordinal);

        var list = await staff.PageAsync($"/staff/plans?q=Testwood&state=wy");
        Assert.NotNull(list.QuerySelector($"#plan-{code}"));
        // State is a list of states by name, the chosen one kept selected.
        Assert.Equal("Wyoming (WY)", list.QuerySelector("select#state option[selected]")!.TextContent);
        Assert.Equal(52, list.QuerySelectorAll("select#state option").Length);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var plan = await scope.ServiceProvider.GetRequiredService<CoverageDbContext>().Plans.SingleAsync(p => p.Code == code);
        Assert.Equal(staff.UserId, plan.UpdatedBy);
    }

    [Fact]
    public async Task A_bad_slug_is_shown_beside_the_code_field_and_the_typed_values_are_kept()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var answers = StaffSession.NewPlan("Not A Slug");
        var page = await staff.SubmitAsync("/staff/plans/new", answers);
        Assert.Contains("lowercase letters and digits", page.QuerySelector("#code-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#code']"));
        Assert.Equal("Not A Slug", ((IHtmlInputElement)page.QuerySelector("#code")!).Value);
        Assert.Equal("Testwood Health", ((IHtmlInputElement)page.QuerySelector("#insurer")!).Value);
    }

    [Fact]
    public async Task A_stale_plan_save_is_refused_showing_the_other_persons_values_and_the_first_save_stays()
    {
        var first = await StaffSession.SignInAsync(app.Factory);
        var second = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        await first.SubmitAsync("/staff/plans/new", StaffSession.NewPlan(code));
        var url = $"/staff/plans/{code}/edit";
        var firstForm = await first.FormAsync(url);
        var secondForm = await second.FormAsync(url);

        using (await FormSubmitter.SubmitAsync(first.Client, firstForm, new Dictionary<string, string> { ["Form.Name"] = "First person's name" }))
        {
        }

        using var refused = await FormSubmitter.SubmitAsync(second.Client, secondForm, new Dictionary<string, string> { ["Form.Name"] = "Second person's name" });
        var page = await HtmlPage.ParseAsync(refused);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, refused.StatusCode);
        var conflict = page.QuerySelector("#conflict")!;
        Assert.Contains("Someone else saved this plan", conflict.TextContent, StringComparison.Ordinal);
        Assert.Equal("First person's name", conflict.QuerySelector("tr.changed .theirs")!.TextContent.Trim());
        Assert.Contains("Changed", conflict.QuerySelector("tr.changed th")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second person's name", ((IHtmlInputElement)page.QuerySelector("#name")!).Value);

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var plan = await scope.ServiceProvider.GetRequiredService<CoverageDbContext>().Plans.SingleAsync(p => p.Code == code);
        Assert.Equal("First person's name", plan.Name);
    }

    [Fact]
    public async Task The_stale_filter_lists_plans_whose_current_version_was_not_verified_in_twelve_months()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var stale = StaffSession.NewCode();
        var fresh = StaffSession.NewCode();
        foreach (var (code, verified) in new[] { (stale, "2020-01-15"), (fresh, DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) })
        {
            await staff.SubmitAsync("/staff/plans/new", StaffSession.NewPlan(code));
            var rule = RulePageTests.Rule("2026-01-01");
            rule["Form.LastVerified"] = verified;
            await staff.SubmitAsync($"/staff/plans/{code}/rules/new", rule);
        }

        var list = await staff.PageAsync("/staff/plans?q=Testwood&stale=true");
        Assert.NotNull(list.QuerySelector($"#plan-{stale} .stale-badge"));
        Assert.Null(list.QuerySelector($"#plan-{fresh}"));
        Assert.True(((IHtmlInputElement)list.QuerySelector("#stale")!).IsChecked);
        Assert.NotNull((await staff.PageAsync("/staff/plans?q=Testwood")).QuerySelector($"#plan-{fresh}"));
    }
}
