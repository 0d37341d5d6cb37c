using System.Text.Json;
using MassageCoverage.Testing;
using MassageCoverage.Web.Tests.Import;

namespace MassageCoverage.Web.Tests.Api;

/// <summary>
/// The parts of the answer the richer rules add, as a client reads them: <c>units</c>, <c>benefitPeriod</c>, the pooled
/// visits, the therapy answers reaching their requirements, Original Medicare's two paths, and the Medicaid agency.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class CoverageCheckAnswerShapeTests(AppFixture app)
{
    private static readonly string[] LowBackPain = ["M54.50"];

    private const string RehabPlan = """
        { "pathway": "withinTherapyPlanOfCare", "maxVisitsPerYear": 20, "maxMinutesPerVisit": 30, "unitRule": "cmsEightMinute",
          "benefitPeriod": "planYear", "planYearStartMonth": 7,
          "visitPool": { "name": "rehab", "includes": ["physicalTherapy", "occupationalTherapy"] } }
        """;

    [Fact]
    public async Task Units_benefit_period_and_pooled_visits_are_answered_in_the_documented_shape()
    {
        await using var harness = await ImportHarness.StartAsync();
        Assert.True((await harness.ImportAsync(CatalogFiles.OnePlan(ruleOverrides: RehabPlan))).Succeeded);
        using var client = harness.Factory.CreateClient();

        var decision = await (await client.PostCheckAsync(Rehab(asOf: "2026-07-01", plannedMinutes: 45, pooledVisitsUsed: 19, inPlanOfCare: true))).OkJsonAsync();

        // 45 minutes are 3 units under the 8-minute rule; the 30 paid are 2, and the minutes over are not covered.
        Assert.Equal("""{"planned":3,"covered":2,"rule":"cmsEightMinute"}""", decision.GetProperty("units").GetRawText());
        // A plan year from July: 2026-07-01 opens the period that ends 2027-06-30.
        Assert.Equal("""{"start":"2026-07-01","end":"2027-06-30"}""", decision.GetProperty("benefitPeriod").GetRawText());
        Assert.Equal(1, decision.GetProperty("visitsRemaining").GetInt32());
        Assert.Equal("met", Requirement(decision, "planOfCare").Text("status"));
        Assert.Equal("unmet", Requirement(decision, "sessionLength").Text("status"));
        Assert.Equal("conditional", decision.Text("decision"));

        var lastDay = await (await client.PostCheckAsync(Rehab(asOf: "2026-06-30", plannedMinutes: 30, pooledVisitsUsed: 19, inPlanOfCare: true))).OkJsonAsync();
        Assert.Equal("""{"start":"2025-07-01","end":"2026-06-30"}""", lastDay.GetProperty("benefitPeriod").GetRawText());
        Assert.Equal("met", Requirement(lastDay, "sessionLength").Text("status"));
    }

    [Fact]
    public async Task The_therapy_answers_reach_their_requirements_and_a_pool_without_pooled_visits_is_unknown()
    {
        await using var harness = await ImportHarness.StartAsync();
        Assert.True((await harness.ImportAsync(CatalogFiles.OnePlan(ruleOverrides: RehabPlan))).Succeeded);
        Assert.True((await harness.ImportAsync(CatalogFiles.OnePlan(code: "test-same-day",
            ruleOverrides: """{ "pathway": "sameDayTherapyAdjunct" }""", planOverrides: """{ "name": "Test Same Day (demo)" }"""))).Succeeded);
        using var client = harness.Factory.CreateClient();

        var outside = await (await client.PostCheckAsync(Rehab("2026-08-01", plannedMinutes: null, pooledVisitsUsed: null, inPlanOfCare: false))).OkJsonAsync();
        Assert.Equal("unmet", Requirement(outside, "planOfCare").Text("status"));
        Assert.Equal("unknown", Requirement(outside, "sessionLength").Text("status"));
        Assert.Equal("unknown", Requirement(outside, "visitLimit").Text("status"));
        Assert.Equal("conditional", outside.Text("decision"));
        Assert.StartsWith("Covered only as part of physical or occupational therapy with a plan of care", outside.Text("summary"), StringComparison.Ordinal);

        foreach (var (sameDay, status) in new[] { ((bool?)true, "met"), (false, "unmet"), (null, "unknown") })
        {
            var answer = await (await client.PostCheckAsync(new Dictionary<string, object?>
            {
                ["planType"] = "private", ["planCode"] = "test-same-day", ["diagnosisCodes"] = LowBackPain,
                ["therapyVisitSameDay"] = sameDay, ["asOf"] = "2026-08-01",
            })).OkJsonAsync();
            Assert.Equal(status, Requirement(answer, "sameDayTherapy").Text("status"));
        }
    }

    [Fact]
    public async Task Original_Medicare_names_no_cost_share_for_a_massage_therapist_and_the_plan_of_care_path_for_PT_and_OT()
    {
        using var client = app.Factory.CreateClient();

        var therapist = await (await client.PostCheckAsync(Medicare("97124", "massageTherapist"))).OkJsonAsync();
        Assert.Equal("notCovered", therapist.Text("decision"));
        Assert.Equal(JsonValueKind.Null, therapist.GetProperty("costShare").ValueKind);
        Assert.Equal(JsonValueKind.Null, therapist.GetProperty("agency").ValueKind);

        foreach (var (code, provider) in new[] { ("97124", "physicalTherapist"), ("97140", "physicalTherapist"), ("97124", "occupationalTherapist"), ("97140", "occupationalTherapist") })
        {
            var answer = await (await client.PostCheckAsync(Medicare(code, provider))).OkJsonAsync();
            Assert.Equal("conditional", answer.Text("decision"));
            Assert.Equal("withinTherapyPlanOfCare", answer.Text("pathway"));
            Assert.Equal("unknown", Requirement(answer, "planOfCare").Text("status"));
            Assert.StartsWith("Covered only as part of physical or occupational therapy with a plan of care: ", answer.Text("summary"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("CO", "Colorado")]
    [InlineData("TX", "Texas")]
    public async Task Every_Medicaid_answer_names_the_states_agency_beside_CMSs_directory(string state, string name)
    {
        using var client = app.Factory.CreateClient();

        var agency = (await (await client.PostCheckAsync(CheckBodies.Medicaid(state))).OkJsonAsync()).GetProperty("agency");

        Assert.Contains(name, agency.Text("agency") + agency.Text("program"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(agency.Text("memberPhone")));
        Assert.StartsWith("https://", agency.Text("website"), StringComparison.Ordinal);
        Assert.Contains("medicaid.gov", agency.Text("directory"), StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Rehab(string asOf, int? plannedMinutes, int? pooledVisitsUsed, bool? inPlanOfCare) => new()
    {
        ["planType"] = "private", ["planCode"] = "test-ppo-silver", ["diagnosisCodes"] = LowBackPain,
        ["plannedMinutes"] = plannedMinutes, ["pooledVisitsUsed"] = pooledVisitsUsed, ["inTherapyPlanOfCare"] = inPlanOfCare, ["asOf"] = asOf,
    };

    private static Dictionary<string, object?> Medicare(string code, string provider) => new()
    {
        ["planType"] = "medicare", ["serviceCode"] = code, ["providerType"] = provider, ["diagnosisCodes"] = LowBackPain,
        ["therapistLicensed"] = true,
    };

    private static JsonElement Requirement(JsonElement decision, string code) =>
        decision.GetProperty("requirements").EnumerateArray().Single(r => r.Text("code") == code);
}
