using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Api;

/// <summary>
/// No insurance is an answer the engine gives plainly: not covered, nobody pays, with the ways to pay and to get
/// coverage (docs/domain.md section 5b); never "unknown", never a 400.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class CoverageCheckNoInsuranceTests(AppFixture app)
{
    [Fact]
    public async Task No_insurance_is_not_covered_with_a_good_faith_estimate_a_health_account_and_the_states_medicaid_agency()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(new Dictionary<string, object?>
        {
            ["planType"] = "noInsurance", ["state"] = "tx", ["serviceCode"] = "97124", ["plannedMinutes"] = 60,
        });
        var decision = await response.OkJsonAsync();

        Assert.Equal(("notCovered", "noInsurance"), (decision.Text("decision"), decision.Text("summaryCode")));
        Assert.Contains("you have no insurance to pay for CPT 97124 (massage)", decision.Text("summary"), StringComparison.Ordinal);
        Assert.Equal(["noInsurance"], decision.GetProperty("reasonCodes").Strings());
        Assert.Equal(["getGoodFaithEstimate", "payWithHealthAccount", "lookForCoverage"], decision.GetProperty("nextStepCodes").Strings());
        var steps = decision.GetProperty("nextSteps").Strings();
        Assert.Contains("Good Faith Estimate", steps[0], StringComparison.Ordinal);
        Assert.Contains("letter of medical necessity", steps[1], StringComparison.Ordinal);
        Assert.Contains("Texas Health and Human Services", steps[2], StringComparison.Ordinal);
        Assert.Empty(decision.GetProperty("insurerQuestions").EnumerateArray());
        Assert.Empty(decision.GetProperty("requirements").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, decision.GetProperty("rule").ValueKind);
        Assert.Contains("Texas", decision.GetProperty("agency").GetProperty("agency").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_insurance_without_a_state_points_to_CMSs_directory_of_Medicaid_agencies()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(new Dictionary<string, object?> { ["planType"] = "NoInsurance" });
        var decision = await response.OkJsonAsync();

        Assert.Equal("notCovered", decision.Text("decision"));
        Assert.Contains(decision.GetProperty("nextSteps").Strings(), s => s.Contains("medicaid.gov", StringComparison.Ordinal));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, decision.GetProperty("agency").ValueKind);
    }
}
