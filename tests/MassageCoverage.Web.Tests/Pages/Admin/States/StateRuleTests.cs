using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Tests.Api;
using MassageCoverage.Web.Tests.Pages.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Admin.States;

/// <summary>
/// A state's rule versions in the shared rule editor. The class has a database of its own, and each test works on a
/// state no other test here touches, so they can share it.
/// </summary>
public class StateRuleTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_new_version_of_a_state_closes_the_open_one_and_the_next_check_uses_it()
    {
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        using var api = app.Factory.CreateClient();
        var seventeen = CheckBodies.Medicaid("CO").With("patientAge", 17).With("priorAuthorization", true);
        Assert.Equal("notCovered", (await (await api.PostCheckAsync(seventeen)).OkJsonAsync()).Text("decision"));

        var form = await admin.FormAsync("/admin/medicaid/CO/rules/new", "form.rule-form");
        Assert.Equal("18", ((IHtmlInputElement)form.QuerySelector("#minAge")!).Value);
        Assert.Equal("", ((IHtmlInputElement)form.QuerySelector("#effectiveFrom")!).Value);
        using var saved = await FormSubmitter.SubmitAsync(admin, form, new Dictionary<string, string>
        {
            ["Form.MinAge"] = "16", ["Form.EffectiveFrom"] = "2026-01-01", ["Form.Source"] = "Colorado bulletin B2601",
        });

        Assert.Equal("/admin/medicaid/CO", saved.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await HtmlPage.ParseAsync(saved);
        var rows = page.QuerySelectorAll("#versions tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("2025-12-31", rows[0].TextContent, StringComparison.Ordinal);
        var changes = page.QuerySelector("#changes")!.TextContent;
        Assert.Contains("Rule version from 2026-01-01 added", changes, StringComparison.Ordinal);
        Assert.Contains("Colorado bulletin B2601", changes, StringComparison.Ordinal);
        Assert.Contains("Rule version from 2022-07-01 changed", changes, StringComparison.Ordinal);
        // The seeded waiver rule pays only for enrolled members, which the request does not say: the age no longer
        // refuses, so the answer turns from not covered to conditional.
        Assert.Equal("conditional", (await (await api.PostCheckAsync(seventeen)).OkJsonAsync()).Text("decision"));
        Assert.Equal("notCovered", (await (await api.PostCheckAsync(seventeen.With("asOf", "2025-06-01"))).OkJsonAsync()).Text("decision"));

        var compare = await HtmlPage.ParseAsync(await admin.GetAsync(new Uri(page.QuerySelector("a.compare-link")!.GetAttribute("href")!, UriKind.Relative)));
        Assert.Contains("changed", compare.QuerySelector("#field-MinAge")!.ClassList);
        Assert.DoesNotContain("changed", compare.QuerySelector("#field-ServiceCodes")!.ClassList);
    }

    [Fact]
    public async Task Each_bad_value_is_shown_beside_its_field_and_nothing_is_saved()
    {
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        await OpenAsync(admin, "WY");

        var answers = RulePageTests.Rule("2026-01-01");
        answers["Form.MinAge"] = "200";
        answers["Form.ServiceCodes"] = "97124, 12345";
        using var response = await FormSubmitter.SubmitAsync(admin, await admin.FormAsync("/admin/medicaid/WY/rules/new", "form.rule-form"), answers);
        var page = await HtmlPage.ParseAsync(response);

        Assert.Contains("Minimum age must be between 0 and 120", page.QuerySelector("#minAge-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("'12345' is not a CPT code", page.QuerySelector("#serviceCodes-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("200", ((IHtmlInputElement)page.QuerySelector("#minAge")!).Value);
        Assert.Equal(0, await RulesOfAsync("WY"));
    }

    [Fact]
    public async Task A_version_sharing_a_day_with_another_is_refused_beside_its_dates()
    {
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        await OpenAsync(admin, "WA");
        using (await FormSubmitter.SubmitAsync(admin, await admin.FormAsync("/admin/medicaid/WA/rules/new", "form.rule-form"), RulePageTests.Rule("2026-01-01", "2026-06-30")))
        {
        }

        using var response = await FormSubmitter.SubmitAsync(admin, await admin.FormAsync("/admin/medicaid/WA/rules/new", "form.rule-form"), RulePageTests.Rule("2026-03-01"));
        var page = await HtmlPage.ParseAsync(response);

        Assert.Contains("versions of one state must not share a day", page.QuerySelector("#effectiveFrom-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await RulesOfAsync("WA"));
    }

    [Fact]
    public async Task A_stale_save_of_a_state_version_is_refused_showing_both_values_and_the_first_stays()
    {
        using var first = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        using var second = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        await OpenAsync(first, "CA");
        using (await FormSubmitter.SubmitAsync(first, await first.FormAsync("/admin/medicaid/CA/rules/new", "form.rule-form"), RulePageTests.Rule("2026-01-01")))
        {
        }

        var id = await app.Factory.DbAsync(db => db.Rules.Where(r => r.StateCode == "CA").Select(r => r.Id).SingleAsync());
        var url = $"/admin/medicaid/CA/rules/{id}/edit";
        var firstForm = await first.FormAsync(url, "form.rule-form");
        var secondForm = await second.FormAsync(url, "form.rule-form");
        using (await FormSubmitter.SubmitAsync(first, firstForm, new Dictionary<string, string> { ["Form.MaxVisitsPerYear"] = "12" }))
        {
        }

        using var refused = await FormSubmitter.SubmitAsync(second, secondForm, new Dictionary<string, string> { ["Form.MaxVisitsPerYear"] = "40" });
        var page = await HtmlPage.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var row = page.QuerySelector("#conflict #conflict-MaxVisitsPerYear")!;
        Assert.Equal("12", row.QuerySelector(".theirs")!.TextContent.Trim());
        Assert.Equal("40", row.QuerySelector(".yours")!.TextContent.Trim());
        Assert.Equal("40", ((IHtmlInputElement)page.QuerySelector("#maxVisitsPerYear")!).Value);
        Assert.Equal(12, (await app.Factory.DbAsync(db => db.Rules.Where(r => r.Id == id).Select(r => r.Terms).SingleAsync())).MaxVisitsPerYear);
    }

    [Fact]
    public async Task Try_it_runs_a_Medicaid_check_against_the_unsaved_rule_and_saves_nothing()
    {
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        await OpenAsync(admin, "NY");
        var answers = RulePageTests.Rule("2026-01-01");
        answers["Form.MinAge"] = "18";
        answers["Sample.Age"] = "10";

        using var response = await FormSubmitter.SubmitAsync(admin, await admin.FormAsync("/admin/medicaid/NY/rules/new", "form.rule-form"), answers, "Try it");
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal("NotCovered", page.QuerySelector("#try-answer .decision")!.GetAttribute("data-decision"));
        Assert.Contains("New York Medicaid", page.QuerySelector("#try-answer")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Age: Not yet.", page.QuerySelector("#try-answer .requirements")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await RulesOfAsync("NY"));
    }

    [Fact]
    public async Task An_unknown_state_takes_no_version_until_its_coverage_form_is_set()
    {
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        var statePage = await HtmlPage.ParseAsync(await admin.GetAsync(new Uri("/admin/medicaid/TX", UriKind.Relative)));
        Assert.Null(statePage.QuerySelector("a[href='/admin/medicaid/TX/rules/new']"));
        Assert.Contains("coverage form is unknown", statePage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var editor = await HtmlPage.ParseAsync(await admin.GetAsync(new Uri("/admin/medicaid/TX/rules/new", UriKind.Relative)));
        Assert.Null(editor.QuerySelector("form.rule-form"));
        var token = (await admin.FormAsync("/admin/medicaid/TX/edit", "#edit-state")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = await admin.PostAsync(new Uri("/admin/medicaid/TX/rules/new", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string>(RulePageTests.Rule("2026-01-01")) { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Contains("set its coverage form first", (await HtmlPage.ParseAsync(post)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await RulesOfAsync("TX"));
    }

    [Theory]
    [InlineData("/admin/medicaid/ZZ")]
    [InlineData("/admin/medicaid/ZZ/rules/new")]
    [InlineData("/admin/medicaid/CO/rules/999999999/edit")]
    [InlineData("/admin/medicaid/CO/compare?a=1&b=999999999")]
    public async Task A_state_or_version_that_does_not_exist_is_not_found(string url)
    {
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        using var response = await admin.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_plans_version_cannot_be_reached_through_a_state_nor_a_states_through_a_plan()
    {
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        var planRule = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == "acme-ppo-gold").Select(r => r.Id).FirstAsync());
        var stateRule = await app.Factory.DbAsync(db => db.Rules.Where(r => r.StateCode == "CO").Select(r => r.Id).FirstAsync());

        using var viaState = await admin.GetAsync(new Uri($"/admin/medicaid/CO/rules/{planRule}/edit", UriKind.Relative));
        using var viaPlan = await admin.GetAsync(new Uri($"/staff/plans/acme-ppo-gold/rules/{stateRule}/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, viaState.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaPlan.StatusCode);
    }

    /// <summary>Gives an unknown state a coverage form and a source through its criteria form, so it may take rules.</summary>
    private static async Task OpenAsync(HttpClient admin, string state)
    {
        using var response = await FormSubmitter.SubmitAsync(admin, await admin.FormAsync($"/admin/medicaid/{state}/edit", "#edit-state"),
            new Dictionary<string, string> { ["Form.CoverageForm"] = "standalone", ["Form.Source"] = $"Test bulletin for {state}" });
        Assert.Equal($"/admin/medicaid/{state}", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private Task<int> RulesOfAsync(string state) => app.Factory.DbAsync(db => db.Rules.CountAsync(r => r.StateCode == state));
}
