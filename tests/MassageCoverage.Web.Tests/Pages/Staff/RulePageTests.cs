using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Staff;

[Collection(AppCollectionDefinition.Name)]
public class RulePageTests(AppFixture app)
{
    internal static Dictionary<string, string> Rule(string from, string? to = null) => new()
    {
        ["Form.ServiceCodes"] = "97124", ["Form.MaxVisitsPerYear"] = "20", ["Form.Copay"] = "25",
        ["Form.CoinsurancePercent"] = "", ["Form.Source"] = "Test benefits summary, page 4",
        ["Form.LastVerified"] = "2026-01-15", ["Form.EffectiveFrom"] = from, ["Form.EffectiveTo"] = to ?? "",
    };

    internal static async Task<(StaffSession Staff, string Code)> PlanWithRuleAsync(AppFixture app)
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        await staff.SubmitAsync("/staff/plans/new", StaffSession.NewPlan(code));
        var details = await staff.SubmitAsync($"/staff/plans/{code}/rules/new", Rule("2026-01-01"));
        Assert.Single(details.QuerySelectorAll("#versions tbody tr"));
        return (staff, code);
    }

    [Fact]
    public async Task A_new_version_closes_the_open_one_the_day_before_and_keeps_it()
    {
        var (staff, code) = await PlanWithRuleAsync(app);
        var answers = Rule("2026-07-01");
        answers["Form.MaxVisitsPerYear"] = "30";
        var details = await staff.SubmitAsync($"/staff/plans/{code}/rules/new", answers);

        var rows = details.QuerySelectorAll("#versions tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("2026-06-30", rows[0].TextContent, StringComparison.Ordinal);
        var versions = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).OrderBy(r => r.EffectiveFrom).ToListAsync());
        Assert.Equal([20, 30], versions.Select(v => v.Terms.MaxVisitsPerYear!.Value));
        Assert.Equal(new DateOnly(2026, 6, 30), versions[0].EffectiveTo);
        Assert.All(versions, v => Assert.Equal(staff.UserId, v.UpdatedBy));
    }

    [Fact]
    public async Task Compare_marks_each_changed_field_with_a_class_and_visible_text()
    {
        var (staff, code) = await PlanWithRuleAsync(app);
        var answers = Rule("2026-07-01");
        answers["Form.Copay"] = "40";
        var details = await staff.SubmitAsync($"/staff/plans/{code}/rules/new", answers);
        var compareUrl = details.QuerySelector("a.compare-link")!.GetAttribute("href")!;

        var compare = await staff.PageAsync(compareUrl);
        var copay = compare.QuerySelector("#field-Copay")!;
        Assert.Contains("changed", copay.ClassList);
        Assert.Contains("Changed", copay.TextContent, StringComparison.Ordinal);
        Assert.Contains("25.00", copay.TextContent, StringComparison.Ordinal);
        Assert.Contains("40.00", copay.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("changed", compare.QuerySelector("#field-MaxVisitsPerYear")!.ClassList);
        Assert.Contains("changed", compare.QuerySelector("#field-EffectiveFrom")!.ClassList);
    }

    [Fact]
    public async Task Any_two_versions_can_be_compared_not_only_neighbours()
    {
        var (staff, code) = await PlanWithRuleAsync(app);
        foreach (var (from, copay) in new[] { ("2026-04-01", "30"), ("2026-07-01", "25") })
        {
            var answers = Rule(from);
            answers["Form.Copay"] = copay;
            await staff.SubmitAsync($"/staff/plans/{code}/rules/new", answers);
        }

        var details = await staff.PageAsync($"/staff/plans/{code}");
        var form = (IHtmlFormElement)details.QuerySelector("#compare-any")!;
        using var response = await FormSubmitter.SubmitAsync(staff.Client, form, new Dictionary<string, string>());
        var compare = await HtmlPage.ParseAsync(response);

        Assert.Equal($"/staff/plans/{code}/compare", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain("changed", compare.QuerySelector("#field-Copay")!.ClassList);
        Assert.Contains("changed", compare.QuerySelector("#field-EffectiveFrom")!.ClassList);
        Assert.Contains("2026-01-01", compare.QuerySelector("thead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-07-01", compare.QuerySelector("thead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_last_verified_date_after_today_is_refused_beside_its_field()
    {
        var (staff, code) = await PlanWithRuleAsync(app);
        var answers = Rule("2027-01-01");
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        answers["Form.LastVerified"] = tomorrow;

        var page = await staff.SubmitAsync($"/staff/plans/{code}/rules/new", answers);

        Assert.Contains("must not be after today", page.QuerySelector("#lastVerified-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tomorrow, ((IHtmlInputElement)page.QuerySelector("#lastVerified")!).Value);
        Assert.Equal(1, await app.Factory.DbAsync(db => db.Rules.CountAsync(r => r.Plan!.Code == code)));
    }

    [Fact]
    public async Task Out_of_range_copay_and_unknown_cpt_code_are_shown_beside_their_fields_with_values_kept()
    {
        var (staff, code) = await PlanWithRuleAsync(app);
        var answers = Rule("2027-01-01");
        answers["Form.Copay"] = "20000";
        answers["Form.ServiceCodes"] = "97124, 99999";
        var page = await staff.SubmitAsync($"/staff/plans/{code}/rules/new", answers);

        Assert.Contains("between 0 and 10000", page.QuerySelector("#copay-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("'99999' is not a CPT code", page.QuerySelector("#serviceCodes-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#copay']"));
        Assert.Equal("20000", ((IHtmlInputElement)page.QuerySelector("#copay")!).Value);
        Assert.Equal("97124, 99999", ((IHtmlInputElement)page.QuerySelector("#serviceCodes")!).Value);
        Assert.Equal(1, await app.Factory.DbAsync(db => db.Rules.CountAsync(r => r.Plan!.Code == code)));
    }

    [Fact]
    public async Task Overlapping_dates_are_an_error_beside_effective_from_and_nothing_is_saved()
    {
        var (staff, code) = await PlanWithRuleAsync(app);
        var page = await staff.SubmitAsync($"/staff/plans/{code}/rules/new", Rule("2025-06-01", "2026-02-01"));

        Assert.Contains("overlap the version from 2026-01-01", page.QuerySelector("#effectiveFrom-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2025-06-01", ((IHtmlInputElement)page.QuerySelector("#effectiveFrom")!).Value);
        Assert.Equal(1, await app.Factory.DbAsync(db => db.Rules.CountAsync(r => r.Plan!.Code == code)));
    }

    [Fact]
    public async Task Try_it_shows_the_decision_for_the_unsaved_rule_keeps_the_values_and_saves_nothing()
    {
        var (staff, code) = await PlanWithRuleAsync(app);
        var versionId = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).Select(r => r.Id).SingleAsync());
        var answers = Rule("2026-01-01");
        answers["Form.MaxVisitsPerYear"] = "3";
        answers["Sample.VisitsUsed"] = "3";
        var page = await staff.SubmitAsync($"/staff/plans/{code}/rules/{versionId}/edit", answers, "Try it");

        Assert.Equal("Not covered", page.QuerySelector("#try-answer .decision")!.TextContent.Trim());
        Assert.Equal("3", ((IHtmlInputElement)page.QuerySelector("#maxVisitsPerYear")!).Value);
        Assert.Equal("3", ((IHtmlInputElement)page.QuerySelector("#sample-visitsUsed")!).Value);
        Assert.Equal(20, (await app.Factory.DbAsync(db => db.Rules.Where(r => r.Id == versionId).Select(r => r.Terms).SingleAsync())).MaxVisitsPerYear);
    }

    [Fact]
    public async Task Saving_after_Try_it_updates_the_version_being_edited_rather_than_adding_one()
    {
        var (staff, code) = await PlanWithRuleAsync(app);
        var versionId = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).Select(r => r.Id).SingleAsync());
        var answers = Rule("2026-01-01");
        answers["Form.MaxVisitsPerYear"] = "3";
        var tried = await staff.SubmitAsync($"/staff/plans/{code}/rules/{versionId}/edit", answers, "Try it");

        var form = (AngleSharp.Html.Dom.IHtmlFormElement)tried.QuerySelector("main form[method=post]")!;
        using var saved = await FormSubmitter.SubmitAsync(staff.Client, form, new Dictionary<string, string>(), "Save version");

        Assert.Equal(1, await app.Factory.DbAsync(db => db.Rules.CountAsync(r => r.Plan!.Code == code)));
        Assert.Equal(3, (await app.Factory.DbAsync(db => db.Rules.Where(r => r.Id == versionId).Select(r => r.Terms).SingleAsync())).MaxVisitsPerYear);
    }

    [Fact]
    public async Task A_saved_rule_reaches_the_coverage_check_at_once_and_is_audited_with_before_and_after()
    {
        var (staff, code) = await PlanWithRuleAsync(app);
        var body = CheckBodies.AcmeGoldAllMet().With("planCode", code).With("asOf", "2026-03-01");
        using var client = app.Factory.CreateClient();
        Assert.NotEqual("notCovered", (await (await client.PostCheckAsync(body)).OkJsonAsync()).Text("decision"));

        var versionId = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).Select(r => r.Id).SingleAsync());
        var edit = Rule("2026-01-01");
        edit["Form.Covered"] = "false";
        await staff.SubmitAsync($"/staff/plans/{code}/rules/{versionId}/edit", edit);

        Assert.Equal("notCovered", (await (await client.PostCheckAsync(body)).OkJsonAsync()).Text("decision"));
        var entry = await app.Factory.DbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Rule" && a.Action == "update"
            && a.EntityId == versionId.ToString(System.Globalization.CultureInfo.InvariantCulture)).SingleAsync());
        Assert.Equal(staff.UserId, entry.Actor);
        using var before = System.Text.Json.JsonDocument.Parse(entry.Before!);
        using var after = System.Text.Json.JsonDocument.Parse(entry.After!);
        Assert.True(before.RootElement.GetProperty("rule").GetProperty("covered").GetBoolean());
        Assert.False(after.RootElement.GetProperty("rule").GetProperty("covered").GetBoolean());
        Assert.Equal($"plan:{code}", after.RootElement.GetProperty("owner").GetString());
    }

    [Fact]
    public async Task A_version_removed_while_being_edited_is_a_409_that_keeps_the_values_and_offers_a_new_version()
    {
        var (staff, code) = await PlanWithRuleAsync(app);
        var versionId = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).Select(r => r.Id).SingleAsync());
        var form = await staff.FormAsync($"/staff/plans/{code}/rules/{versionId}/edit");
        await app.Factory.DbAsync(async db => await db.Rules.Where(r => r.Id == versionId).ExecuteDeleteAsync());

        using var refused = await FormSubmitter.SubmitAsync(staff.Client, form, new Dictionary<string, string> { ["Form.MaxVisitsPerYear"] = "33" });
        var page = await HtmlPage.ParseAsync(refused);

        Assert.Equal(System.Net.HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("removed by someone else", page.QuerySelector("#owner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#owner", page.QuerySelector("#error-summary a")!.GetAttribute("href"));
        Assert.Equal("33", ((IHtmlInputElement)page.QuerySelector("#maxVisitsPerYear")!).Value);

        using var tried = await FormSubmitter.SubmitAsync(staff.Client, (IHtmlFormElement)page.QuerySelector("form.rule-form")!,
            new Dictionary<string, string>(), "Try it");
        var afterTry = await HtmlPage.ParseAsync(tried);
        Assert.NotNull(afterTry.QuerySelector("#try-answer .decision"));
        using var saved = await FormSubmitter.SubmitAsync(staff.Client, (IHtmlFormElement)afterTry.QuerySelector("form.rule-form")!,
            new Dictionary<string, string>(), "Save as a new version");
        Assert.Equal($"/staff/plans/{code}", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal([33], (await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).Select(r => r.Terms).ToListAsync())).Select(t => t.MaxVisitsPerYear!.Value));
    }

    [Fact]
    public async Task A_stale_rule_save_is_refused_showing_both_values_and_the_first_save_stays()
    {
        var (first, code) = await PlanWithRuleAsync(app);
        var second = await StaffSession.SignInAsync(app.Factory);
        var versionId = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).Select(r => r.Id).SingleAsync());
        var url = $"/staff/plans/{code}/rules/{versionId}/edit";
        var firstForm = await first.FormAsync(url);
        var secondForm = await second.FormAsync(url);

        using (await FormSubmitter.SubmitAsync(first.Client, firstForm, new Dictionary<string, string> { ["Form.MaxVisitsPerYear"] = "12" }))
        {
        }

        using var refused = await FormSubmitter.SubmitAsync(second.Client, secondForm, new Dictionary<string, string> { ["Form.MaxVisitsPerYear"] = "40" });
        var page = await HtmlPage.ParseAsync(refused);
        var row = page.QuerySelector("#conflict #conflict-MaxVisitsPerYear")!;
        Assert.Contains("changed", row.ClassList);
        Assert.Equal("12", row.QuerySelector(".theirs")!.TextContent.Trim());
        Assert.Equal("40", row.QuerySelector(".yours")!.TextContent.Trim());
        Assert.Equal("40", ((IHtmlInputElement)page.QuerySelector("#maxVisitsPerYear")!).Value);
        Assert.Equal(12, (await app.Factory.DbAsync(db => db.Rules.Where(r => r.Id == versionId).Select(r => r.Terms).SingleAsync())).MaxVisitsPerYear);
    }
}
