using System.Globalization;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Staff;

[Collection(AppCollectionDefinition.Name)]
public class TryItTests(AppFixture app)
{
    [Fact]
    public async Task Try_it_without_dates_answers_as_of_today_next_to_the_button_marked_unsaved_and_keeps_the_blank()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        await staff.SubmitAsync("/staff/plans/new", StaffSession.NewPlan(code));
        var answers = RulePageTests.Rule("");
        answers["Form.Covered"] = "true";

        var page = await staff.SubmitAsync($"/staff/plans/{code}/rules/new", answers, "Try it");

        var button = page.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Try it");
        Assert.EndsWith("#try-answer", button.GetAttribute("formaction"), StringComparison.Ordinal);
        var answer = button.NextElementSibling!;
        Assert.Equal("try-answer", answer.Id);
        Assert.Equal("status", answer.GetAttribute("role"));
        Assert.Equal("-1", answer.GetAttribute("tabindex"));
        Assert.StartsWith("Answer from the unsaved rule:", answer.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        var today = app.Factory.Services.GetRequiredService<ClinicClock>().Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains($"Checked on {today}", answer.TextContent, StringComparison.Ordinal);
        Assert.Contains("not saved", answer.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".error-summary"));
        Assert.Equal("", ((IHtmlInputElement)page.QuerySelector("#effectiveFrom")!).Value);
        Assert.Equal(0, await app.Factory.DbAsync(db => db.Rules.CountAsync(r => r.Plan!.Code == code)));
    }

    [Fact]
    public async Task Try_it_on_a_rule_with_errors_says_in_the_answer_region_why_there_is_no_answer()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        await staff.SubmitAsync("/staff/plans/new", StaffSession.NewPlan(code));
        var answers = RulePageTests.Rule("");
        answers["Form.Copay"] = "lots";

        var page = await staff.SubmitAsync($"/staff/plans/{code}/rules/new", answers, "Try it");

        Assert.Contains("the rule above has errors", page.QuerySelector("#try-answer")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#try-answer .decision"));
        Assert.NotNull(page.QuerySelector("#copay-error"));
    }
}
