using MassageCoverage.Core.Coverage;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Staff;

/// <summary>The rule editor's controls for pathway, program, shared cap, session length, unit rule and benefit period.</summary>
[Collection(AppCollectionDefinition.Name)]
public class RuleEditorNewTermsTests(AppFixture app)
{
    private static readonly string[] NewTerms = ["Pathway", "VisitPool", "MaxMinutesPerVisit", "UnitRule", "BenefitPeriod"];

    [Fact]
    public async Task Saving_stores_the_new_terms_and_a_missing_program_name_is_refused_beside_its_field()
    {
        var (staff, code) = await RulePageTests.PlanWithRuleAsync(app);
        var versionId = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).Select(r => r.Id).SingleAsync());
        var url = $"/staff/plans/{code}/rules/{versionId}/edit";

        var answers = RulePageTests.Rule("2026-01-01");
        answers["Form.Pathway"] = "programEnrollment";
        answers["Form.ProgramName"] = "";
        var refused = await staff.SubmitAsync(url, answers, "Save version");
        Assert.Contains("Program name is required when pathway is programEnrollment", refused.QuerySelector("#programName-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("programName-error", refused.QuerySelector("#programName")!.GetAttribute("aria-describedby")!.Split(' ')[^1]);

        answers["Form.ProgramName"] = "Pain pilot";
        answers["Form.MaxMinutesPerVisit"] = "60";
        answers["Form.UnitRule"] = "cptMidpoint";
        answers["Form.BenefitPeriod"] = "planYear";
        answers["Form.PlanYearStartMonth"] = "7";
        answers["Form.VisitPoolName"] = "rehab";
        answers["Form.VisitPoolIncludes"] = "chiropractic";
        await staff.SubmitAsync(url, answers, "Save version");

        var terms = (await app.Factory.DbAsync(db => db.Rules.Where(r => r.Id == versionId).Select(r => r.Terms).SingleAsync()));
        Assert.Equal((RulePathway.ProgramEnrollment, "Pain pilot"), (terms.Pathway, terms.ProgramName));
        Assert.Equal((60, UnitRule.CptMidpoint, BenefitPeriodKind.PlanYear, 7), (terms.MaxMinutesPerVisit, terms.UnitRule, terms.BenefitPeriod, terms.PlanYearStartMonth));
        Assert.Equal(new[] { PooledService.Chiropractic }, terms.VisitPool!.Includes);
    }

    [Fact]
    public void Compare_lists_the_new_terms_in_words()
    {
        var a = new RuleVersion { UpdatedBy = "", Terms = new() { ServiceCodes = ["97124"], Covered = true } };
        var b = new RuleVersion
        {
            UpdatedBy = "",
            Terms = a.Terms with
            {
                Pathway = RulePathway.ProgramEnrollment, ProgramName = "Complementary and Integrative Health waiver",
                MaxVisitsPerYear = 20, VisitPool = new VisitPool("rehab", [PooledService.PhysicalTherapy, PooledService.Chiropractic]),
                MaxMinutesPerVisit = 60, UnitRule = UnitRule.CptMidpoint, BenefitPeriod = BenefitPeriodKind.PlanYear, PlanYearStartMonth = 7,
            },
        };

        var rows = RuleComparison.Compare(a, b).ToDictionary(f => f.Field);

        Assert.Equal(("as a service of its own", "Covered only for people enrolled in the Complementary and Integrative Health waiver"), (rows["Pathway"].A, rows["Pathway"].B));
        Assert.Equal("rehab visits: physical therapy and chiropractic together with massage", rows["VisitPool"].B);
        Assert.Equal(("none", "60"), (rows["MaxMinutesPerVisit"].A, rows["MaxMinutesPerVisit"].B));
        Assert.Equal(("Medicare's 8-minute rule", "the CPT midpoint rule"), (rows["UnitRule"].A, rows["UnitRule"].B));
        Assert.Equal(("the calendar year", "a plan year starting in July"), (rows["BenefitPeriod"].A, rows["BenefitPeriod"].B));
        Assert.All(NewTerms, f => Assert.True(rows[f].Changed));
    }
}
