using MassageCoverage.Testing;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Staff;

[Collection(AppCollectionDefinition.Name)]
public class SaveStatusTests(AppFixture app)
{
    [Fact]
    public async Task Saving_a_plan_says_so_in_a_status_naming_each_changed_field_old_and_new_once()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        var added = await staff.SubmitAsync("/staff/plans/new", StaffSession.NewPlan(code));
        Assert.Equal($"Plan {code} added.", added.QuerySelector("[role=status]#saved")!.TextContent);

        var edited = await staff.SubmitAsync($"/staff/plans/{code}/edit",
            new Dictionary<string, string> { ["Form.Name"] = "Renamed plan", ["Form.PlanType"] = "medicareAdvantage" });

        Assert.Equal($"Plan {code} saved. Changed: Plan name Plan {code} → Renamed plan; Plan type Private → Medicare Advantage.",
            edited.QuerySelector("[role=status]#saved")!.TextContent);
        Assert.Null((await staff.PageAsync($"/staff/plans/{code}")).QuerySelector("#saved"));
    }

    [Fact]
    public async Task Saving_a_rule_version_says_which_fields_changed_in_the_editors_words()
    {
        var (staff, code) = await RulePageTests.PlanWithRuleAsync(app);
        var versionId = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).Select(r => r.Id).SingleAsync());
        var answers = RulePageTests.Rule("2026-01-01");
        answers["Form.MaxVisitsPerYear"] = "12";

        var details = await staff.SubmitAsync($"/staff/plans/{code}/rules/{versionId}/edit", answers, "Save version");

        Assert.Equal("Rule version from 2026-01-01 saved. Changed: Maximum visits per year 20 → 12.",
            details.QuerySelector("[role=status]#saved")!.TextContent);
    }
}
