using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Api;

/// <summary>The engine's codes travel beside the words: a client may write its own words from them.</summary>
[Collection(AppCollectionDefinition.Name)]
public class CoverageCheckCodesTests(AppFixture app)
{
    [Fact]
    public async Task Each_requirement_reason_and_step_has_its_code_beside_its_words()
    {
        using var client = app.Factory.CreateClient();
        var body = CheckBodies.AcmeGoldAllMet();
        body["hasReferral"] = null;
        using var response = await client.PostCheckAsync(body);
        var decision = await response.OkJsonAsync();

        Assert.Equal("conditional", decision.Text("decision"));
        Assert.Equal("coversOnceMet", decision.Text("summaryCode"));
        var referral = decision.GetProperty("requirements").EnumerateArray().Single(r => r.Text("code") == "referral");
        Assert.Equal("referralUnknown", referral.Text("finding"));
        Assert.Equal("askForReferral", referral.Text("howToMeetCode"));
        Assert.StartsWith("Ask your doctor for a referral", referral.Text("howToMeet"), StringComparison.Ordinal);
        Assert.Equal(["requirement"], decision.GetProperty("reasonCodes").Strings());
        Assert.Equal(decision.GetProperty("reasons").GetArrayLength(), decision.GetProperty("reasonCodes").GetArrayLength());
        Assert.Equal(decision.GetProperty("nextSteps").GetArrayLength(), decision.GetProperty("nextStepCodes").GetArrayLength());
        Assert.Equal("keepRecord", decision.GetProperty("nextStepCodes").Strings()[^1]);
    }
}
