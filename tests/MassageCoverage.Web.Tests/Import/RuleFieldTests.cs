using System.Text.Json.Nodes;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Import;

/// <summary>The rule terms for pathway, shared visit cap, session length, unit rule and benefit period in the format.</summary>
public class RuleFieldTests
{
    [Theory]
    [InlineData("""{ "pathway": "massageOnly" }""", "pathway", "'massageOnly' is not a pathway (standalone, withinTherapyPlanOfCare, sameDayTherapyAdjunct, programEnrollment)")]
    [InlineData("""{ "pathway": "programEnrollment" }""", "programName", "is required when pathway is programEnrollment")]
    [InlineData("""{ "programName": "A waiver" }""", "programName", "must be left out unless pathway is programEnrollment")]
    [InlineData("""{ "visitPool": { "name": "rehab", "includes": ["physicalTherapy"] } }""", "visitPool", "needs maxVisitsPerYear")]
    [InlineData("""{ "maxVisitsPerYear": 20, "visitPool": { "name": "rehab", "includes": [] } }""", "visitPool.includes", "must list at least one service")]
    [InlineData("""{ "maxVisitsPerYear": 20, "visitPool": { "name": "rehab", "includes": ["chiropractic", "Chiropractic"] } }""", "visitPool.includes", "must name each service once")]
    [InlineData("""{ "maxVisitsPerYear": 20, "visitPool": { "name": "rehab", "includes": ["yoga"] } }""", "visitPool.includes[0]", "'yoga' is not a pooled service")]
    [InlineData("""{ "maxVisitsPerYear": 20, "visitPool": { "name": " ", "includes": ["acupuncture"] } }""", "visitPool.name", "is required")]
    [InlineData("""{ "maxMinutesPerVisit": 0 }""", "maxMinutesPerVisit", "must be between 1 and 480 minutes")]
    [InlineData("""{ "maxMinutesPerVisit": 481 }""", "maxMinutesPerVisit", "must be between 1 and 480 minutes")]
    [InlineData("""{ "unitRule": "eightMinutes" }""", "unitRule", "'eightMinutes' is not a unit rule (cmsEightMinute, cptMidpoint)")]
    [InlineData("""{ "benefitPeriod": "fiscalYear" }""", "benefitPeriod", "'fiscalYear' is not a benefit period (calendarYear, planYear)")]
    [InlineData("""{ "benefitPeriod": "planYear" }""", "planYearStartMonth", "is required when benefitPeriod is planYear")]
    [InlineData("""{ "benefitPeriod": "planYear", "planYearStartMonth": 13 }""", "planYearStartMonth", "must be between 1 and 12")]
    [InlineData("""{ "planYearStartMonth": 7 }""", "planYearStartMonth", "must be left out unless benefitPeriod is planYear")]
    public void A_bad_new_term_is_reported_at_its_path(string rule, string field, string message)
    {
        var error = Assert.Single(CatalogFiles.Errors(CatalogFiles.OnePlan(ruleOverrides: rule)));

        Assert.StartsWith($"$.plans[0].rules[0].{field}: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "pathway": "PROGRAMENROLLMENT", "programName": "A waiver", "unitRule": "CptMidpoint" }""")]
    [InlineData("""{ "benefitPeriod": "PlanYear", "planYearStartMonth": 1, "maxMinutesPerVisit": 480 }""")]
    [InlineData("""{ "maxVisitsPerYear": 1, "visitPool": { "name": "rehab", "includes": ["PhysicalTherapy", "speechTherapy"] }, "maxMinutesPerVisit": 1 }""")]
    [InlineData("""{ "pathway": "sameDayTherapyAdjunct", "benefitPeriod": "calendarYear", "planYearStartMonth": null }""")]
    public void New_terms_on_their_edges_and_in_any_case_are_accepted(string rule) =>
        Assert.Empty(CatalogFiles.Errors(CatalogFiles.OnePlan(ruleOverrides: rule)));

    [Fact]
    public void Enum_words_of_a_plan_are_read_in_any_case() =>
        Assert.Empty(CatalogFiles.Errors(CatalogFiles.OnePlan(
            ruleOverrides: """{ "allowedProviderTypes": ["MassageTherapist"] }""", planOverrides: """{ "networkType": "PPO", "planType": "Private" }""")));

    [Fact]
    public async Task New_terms_are_stored_exported_in_canonical_words_and_read_back_unchanged()
    {
        await using var harness = await ImportHarness.StartAsync();
        var file = CatalogFiles.OnePlan(ruleOverrides: """
            { "pathway": "WithinTherapyPlanOfCare", "maxVisitsPerYear": 20, "maxMinutesPerVisit": 60, "unitRule": "CPTMIDPOINT",
              "benefitPeriod": "PlanYear", "planYearStartMonth": 7,
              "visitPool": { "name": " rehab ", "includes": ["physicalTherapy", "Chiropractic"] } }
            """);

        Assert.True((await harness.ImportAsync(file)).Succeeded);

        var terms = Assert.Single(await harness.PlanRulesAsync("test-ppo-silver")).Terms;
        Assert.Equal(RulePathway.WithinTherapyPlanOfCare, terms.Pathway);
        Assert.Equal(60, terms.MaxMinutesPerVisit);
        Assert.Equal(UnitRule.CptMidpoint, terms.UnitRule);
        Assert.Equal(BenefitPeriodKind.PlanYear, terms.BenefitPeriod);
        Assert.Equal(7, terms.PlanYearStartMonth);
        Assert.Equal("rehab", terms.VisitPool!.Name);
        Assert.Equal([PooledService.PhysicalTherapy, PooledService.Chiropractic], terms.VisitPool.Includes);

        var export = await harness.ExportAsync();
        var rule = JsonNode.Parse(export)!["plans"]!.AsArray().Single(p => (string?)p!["code"] == "test-ppo-silver")!["rules"]![0]!;
        Assert.Equal("withinTherapyPlanOfCare", (string?)rule["pathway"]);
        Assert.Equal("cptMidpoint", (string?)rule["unitRule"]);
        Assert.Equal("planYear", (string?)rule["benefitPeriod"]);
        Assert.Equal("""{"name":"rehab","includes":["physicalTherapy","chiropractic"]}""", rule["visitPool"]!.ToJsonString());

        var audit = (await harness.AuditAsync()).Count;
        Assert.True((await harness.ImportAsync(export)).Succeeded);
        Assert.Equal(audit, (await harness.AuditAsync()).Count);
        Assert.Equal(export, await harness.ExportAsync());
    }

    [Fact]
    public async Task The_seed_gives_Original_Medicare_and_Colorado_their_pathways()
    {
        await using var harness = await ImportHarness.StartAsync();

        var medicare = await harness.QueryAsync(db => db.Rules.AsNoTracking().SingleAsync(r => r.OwnerKind == RuleOwnerKind.Medicare));
        var colorado = await harness.QueryAsync(db => db.Rules.AsNoTracking().SingleAsync(r => r.StateCode == "CO"));

        Assert.Equal(RulePathway.WithinTherapyPlanOfCare, medicare.Terms.Pathway);
        Assert.Null(medicare.Terms.ProgramName);
        Assert.Equal(RulePathway.ProgramEnrollment, colorado.Terms.Pathway);
        Assert.Equal("Complementary and Integrative Health waiver", colorado.Terms.ProgramName);
    }
}
