using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Api;

/// <summary>
/// "I don't know" is an answer, never a 400: not sure of the kind of coverage, or of the plan, is answered
/// indeterminate with the steps that find out. Malformed input is still a 400 naming its field.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class CoverageCheckNotKnowingTests(AppFixture app)
{
    [Fact]
    public async Task Not_sure_of_the_plan_type_is_indeterminate_with_the_card_member_services_Medicare_and_the_states_agency()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(new Dictionary<string, object?> { ["planType"] = "notSure", ["state"] = "tx" });
        var decision = await response.OkJsonAsync();

        Assert.Equal(("indeterminate", "coverageKindUnknown"), (decision.Text("decision"), decision.Text("summaryCode")));
        Assert.Equal(["planTypeUnknown"], decision.GetProperty("reasonCodes").Strings());
        Assert.Equal(["identifyCoverageFromCard", "callMemberServices", "callMedicare", "callMedicaidAgency", "keepRecord"],
            decision.GetProperty("nextStepCodes").Strings());
        var steps = decision.GetProperty("nextSteps").Strings();
        Assert.Contains("red, white and blue card", steps[0], StringComparison.Ordinal);
        Assert.Contains("1-800-MEDICARE (1-800-633-4227)", steps[2], StringComparison.Ordinal);
        Assert.Contains("Texas Health and Human Services Commission", steps[3], StringComparison.Ordinal);
        Assert.Contains("verify this number", steps[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_sure_without_a_state_points_to_CMSs_directory_of_Medicaid_agencies()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(new Dictionary<string, object?> { ["planType"] = "NotSure" });
        var steps = (await response.OkJsonAsync()).GetProperty("nextSteps").Strings();

        Assert.Contains(steps, s => s.StartsWith("If you have Medicaid, call your state's Medicaid agency", StringComparison.Ordinal)
            && s.Contains("medicaid.gov", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("private", null, false)]
    [InlineData("private", " ", false)]
    [InlineData("medicareAdvantage", null, true)]
    public async Task A_plan_type_without_a_plan_code_is_indeterminate_with_the_steps_to_find_the_plan(
        string planType, string? planCode, bool callsMedicare)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(CheckBodies.AcmeGoldAllMet().With("planType", planType).With("planCode", planCode));
        var decision = await response.OkJsonAsync();

        Assert.Equal(("indeterminate", "planUnknown"), (decision.Text("decision"), decision.Text("summaryCode")));
        var codes = decision.GetProperty("nextStepCodes").Strings();
        Assert.Equal(["findPlanOnCard", "callMemberServices"], codes.Take(2).ToArray());
        Assert.Equal(callsMedicare, codes.Contains("callMedicare"));
        Assert.NotEqual(0, decision.GetProperty("insurerQuestions").GetArrayLength());
    }

    [Theory]
    [InlineData("plannedMinutes", 0)]
    [InlineData("plannedMinutes", 481)]
    [InlineData("pooledVisitsUsed", -1)]
    [InlineData("pooledVisitsUsed", 1001)]
    public async Task A_number_out_of_range_is_a_400_naming_its_field(string field, int value)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(CheckBodies.AcmeGoldAllMet().With(field, value));

        Assert.NotEmpty(await response.FieldErrorsAsync(field));
    }

    [Theory]
    [InlineData("plannedMinutes", 1)]
    [InlineData("plannedMinutes", 480)]
    [InlineData("pooledVisitsUsed", 0)]
    [InlineData("pooledVisitsUsed", 1000)]
    public async Task A_number_at_either_end_of_its_range_is_answered(string field, int value)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(CheckBodies.AcmeGoldAllMet().With(field, value));

        await response.OkJsonAsync();
    }

    [Theory]
    [InlineData(true, "met")]
    [InlineData(false, "unmet")]
    [InlineData(null, "unknown")]
    public async Task Enrolment_reaches_the_engine_and_a_waiver_is_conditional_until_the_patient_is_enrolled(bool? enrolled, string status)
    {
        using var client = app.Factory.CreateClient();
        var body = CheckBodies.Medicaid("CO").With("patientAge", 30).With("priorAuthorization", true).With("enrolledInProgram", enrolled);
        using var response = await client.PostCheckAsync(body);
        var decision = await response.OkJsonAsync();

        var enrolment = decision.GetProperty("requirements").EnumerateArray().Single(r => r.Text("code") == "programEnrollment");
        Assert.Equal(status, enrolment.Text("status"));
        Assert.Equal("programEnrollment", decision.Text("pathway"));
        Assert.Equal(enrolled == true ? "covered" : "conditional", decision.Text("decision"));
    }

    [Fact]
    public async Task The_insurer_questions_come_with_their_codes_and_words()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(CheckBodies.AcmeGoldAllMet().With("hasReferral", null));
        var questions = (await response.OkJsonAsync()).GetProperty("insurerQuestions").EnumerateArray().ToList();

        var referral = Assert.Single(questions, q => q.Text("code") == "referral");
        Assert.Equal("referral", referral.Text("about"));
        Assert.StartsWith("Do I need a referral", referral.Text("text"), StringComparison.Ordinal);
    }
}
