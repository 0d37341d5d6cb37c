using MassageCoverage.Testing;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Staff;

[Collection(AppCollectionDefinition.Name)]
public class EditorWordsTests(AppFixture app)
{
    [Fact]
    public async Task The_rule_editor_asks_dates_with_date_inputs()
    {
        var (staff, code) = await RulePageTests.PlanWithRuleAsync(app);
        var editor = await staff.PageAsync($"/staff/plans/{code}/rules/new");

        foreach (var id in new[] { "lastVerified", "effectiveFrom", "effectiveTo" })
        {
            Assert.Equal("date", editor.QuerySelector($"#{id}")!.GetAttribute("type"));
        }

        var id2 = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).Select(r => r.Id).SingleAsync());
        var existing = await staff.PageAsync($"/staff/plans/{code}/rules/{id2}/edit");
        Assert.Equal("2026-01-01", existing.QuerySelector("#effectiveFrom")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Plan_pages_try_it_and_compare_show_words_never_internal_names()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        var plan = StaffSession.NewPlan(code);
        plan["Form.PlanType"] = "medicareAdvantage";
        var details = await staff.SubmitAsync("/staff/plans/new", plan);
        Assert.Contains("Medicare Advantage", details.QuerySelector(".rule-facts")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("MedicareAdvantage", details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        await staff.SubmitAsync($"/staff/plans/{code}/rules/new", RulePageTests.Rule("2026-01-01"));
        var second = RulePageTests.Rule("2026-07-01");
        second["Form.AllowedProviderTypes"] = "massageTherapist";
        var withTypes = await staff.SubmitAsync($"/staff/plans/{code}/rules/new", second);
        var compare = await staff.PageAsync(withTypes.QuerySelector("a.compare-link")!.GetAttribute("href")!);
        var row = compare.QuerySelector("#field-AllowedProviderTypes")!.TextContent;
        Assert.Contains("Massage therapist", row, StringComparison.Ordinal);
        Assert.DoesNotContain("massageTherapist", row, StringComparison.Ordinal);

        var editor = await staff.PageAsync($"/staff/plans/{code}/rules/new");
        var options = editor.QuerySelectorAll("#sample-providerType option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains("Massage therapist", options);
        Assert.DoesNotContain("MassageTherapist", options);
    }
}
