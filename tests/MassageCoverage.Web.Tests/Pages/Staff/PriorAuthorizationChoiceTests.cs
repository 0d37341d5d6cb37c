using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Staff;

[Collection(AppCollectionDefinition.Name)]
public class PriorAuthorizationChoiceTests(AppFixture app)
{
    [Theory]
    [InlineData("never", "6", false, null)]
    [InlineData("always", "6", true, null)]
    [InlineData("afterVisits", "6", true, 6)]
    public async Task One_choice_is_stored_as_the_rules_two_terms_and_reads_back_the_same(string choice, string visits, bool required, int? after)
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        await staff.SubmitAsync("/staff/plans/new", StaffSession.NewPlan(code));
        var answers = RulePageTests.Rule("2026-01-01");
        answers["Form.PriorAuthorization"] = choice;
        answers["Form.PriorAuthorizationAfterVisits"] = visits;

        await staff.SubmitAsync($"/staff/plans/{code}/rules/new", answers);

        var rule = await app.Factory.DbAsync(db => db.Rules.SingleAsync(r => r.Plan!.Code == code));
        Assert.Equal((required, after), (rule.Terms.RequiresPriorAuthorization, rule.Terms.PriorAuthorizationAfterVisits));
        var editor = await staff.PageAsync($"/staff/plans/{code}/rules/{rule.Id}/edit");
        Assert.True(((IHtmlInputElement)editor.QuerySelector($"#priorAuthorization-{choice}")!).IsChecked);
        Assert.Equal(after?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ((IHtmlInputElement)editor.QuerySelector("#priorAuthorizationAfterVisits")!).Value);
        Assert.Equal("radio", editor.QuerySelector("#priorAuthorization-never")!.GetAttribute("type"));
        Assert.Null(editor.QuerySelector("#requiresPriorAuthorization"));
    }

    [Fact]
    public async Task After_visits_with_no_number_is_an_error_beside_the_number_and_nothing_is_saved()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        await staff.SubmitAsync("/staff/plans/new", StaffSession.NewPlan(code));
        var answers = RulePageTests.Rule("2026-01-01");
        answers["Form.PriorAuthorization"] = "afterVisits";
        answers["Form.PriorAuthorizationAfterVisits"] = "";

        var page = await staff.SubmitAsync($"/staff/plans/{code}/rules/new", answers);

        Assert.Contains("how many visits", page.QuerySelector("#priorAuthorizationAfterVisits-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#priorAuthorizationAfterVisits']"));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#priorAuthorization-afterVisits")!).IsChecked);
        Assert.Equal(0, await app.Factory.DbAsync(db => db.Rules.CountAsync(r => r.Plan!.Code == code)));
    }
}
