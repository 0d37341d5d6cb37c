using System.Text.Json;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Api;

/// <summary>Decisions over HTTP against the seeded catalog, with a fixed as-of date.</summary>
[Collection(AppCollectionDefinition.Name)]
public class CoverageCheckDecisionTests(AppFixture app)
{
    [Fact]
    public async Task Acme_gold_with_every_requirement_met_is_covered_with_its_limits_cost_and_source()
    {
        var decision = await CheckAsync(CheckBodies.AcmeGoldAllMet());

        Assert.Equal("covered", decision.Text("decision"));
        Assert.All(decision.GetProperty("requirements").EnumerateArray(), r => Assert.Equal("met", r.Text("status")));
        Assert.Equal(12, decision.GetProperty("visitsAllowed").GetInt32());
        Assert.Equal(12, decision.GetProperty("visitsRemaining").GetInt32());
        Assert.Equal("conditional", decision.Text("priorAuthorization"));
        var cost = decision.GetProperty("costShare");
        Assert.Equal(30m, cost.GetProperty("copay").GetDecimal());
        Assert.Equal(20m, cost.GetProperty("coinsurancePercent").GetDecimal());
        Assert.True(cost.GetProperty("deductibleApplies").GetBoolean());
        var rule = decision.GetProperty("rule");
        Assert.Equal("plan acme-ppo-gold", rule.Text("owner"));
        Assert.Contains("Demo data", rule.Text("source"), StringComparison.Ordinal);
        Assert.Equal("2026-11-26", rule.Text("lastVerified"));
        Assert.Equal("2026-01-01", rule.Text("effectiveFrom"));
        Assert.True(rule.GetProperty("id").GetInt64() > 0);
        Assert.False(string.IsNullOrWhiteSpace(decision.Text("summary")));
        Assert.NotEmpty(decision.GetProperty("reasons").Strings());
        Assert.NotEmpty(decision.GetProperty("nextSteps").Strings());
    }

    [Fact]
    public async Task Acme_gold_lists_only_the_requirements_its_rule_asks_for()
    {
        var decision = await CheckAsync(CheckBodies.AcmeGoldAllMet());

        Assert.Equal(
            ["serviceCode", "referral", "diagnosis", "licensedTherapist", "inNetwork", "priorAuthorization", "visitLimit"],
            Codes(decision));
    }

    [Fact]
    public async Task Unknown_licence_and_network_make_acme_gold_conditional_with_those_two_unknown()
    {
        var decision = await CheckAsync(CheckBodies.AcmeGoldAllMet().With("therapistLicensed", null).With("inNetwork", null));

        Assert.Equal("conditional", decision.Text("decision"));
        Assert.Equal("unknown", Status(decision, "licensedTherapist"));
        Assert.Equal("unknown", Status(decision, "inNetwork"));
        Assert.Equal("met", Status(decision, "referral"));
        Assert.Equal("met", Status(decision, "diagnosis"));
    }

    [Fact]
    public async Task A_referral_older_than_90_days_is_unmet_and_the_check_conditional()
    {
        var decision = await CheckAsync(CheckBodies.AcmeGoldAllMet().With("referralDate", "2025-11-30"));

        Assert.Equal("conditional", decision.Text("decision"));
        Assert.Equal("unmet", Status(decision, "referral"));
    }

    [Theory]
    [InlineData("2025-12-31", 10, "2025-01-01")]
    [InlineData("2026-01-01", 12, "2026-01-01")]
    public async Task The_as_of_date_picks_the_acme_gold_rule_version_in_effect(string asOf, int visitsAllowed, string effectiveFrom)
    {
        var decision = await CheckAsync(CheckBodies.AcmeGoldAllMet().With("asOf", asOf).With("referralDate", asOf));

        Assert.Equal("covered", decision.Text("decision"));
        Assert.Equal(visitsAllowed, decision.GetProperty("visitsAllowed").GetInt32());
        Assert.Equal(effectiveFrom, decision.GetProperty("rule").Text("effectiveFrom"));
    }

    [Fact]
    public async Task Acme_hmo_basic_does_not_cover_massage()
    {
        var decision = await CheckAsync(CheckBodies.AcmeGoldAllMet().With("planCode", "acme-hmo-basic"));

        Assert.Equal("notCovered", decision.Text("decision"));
        Assert.Contains(decision.GetProperty("reasons").Strings(), r => r.Contains("wellness or maintenance", StringComparison.Ordinal));
        Assert.Equal("plan acme-hmo-basic", decision.GetProperty("rule").Text("owner"));
    }

    [Fact]
    public async Task A_plan_code_we_do_not_hold_is_indeterminate_rather_than_an_error()
    {
        var decision = await CheckAsync(CheckBodies.AcmeGoldAllMet().With("planCode", "no-such-plan"));

        Assert.Equal("indeterminate", decision.Text("decision"));
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("rule").ValueKind);
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("priorAuthorization").ValueKind);
    }

    [Fact]
    public async Task Oregon_medicaid_is_indeterminate_and_says_each_CCO_decides()
    {
        var decision = await CheckAsync(CheckBodies.Medicaid("OR"));

        Assert.Equal("indeterminate", decision.Text("decision"));
        Assert.Contains(decision.GetProperty("reasons").Strings(), r => r.Contains("coordinated care organisation", StringComparison.Ordinal));
        Assert.NotEmpty(decision.GetProperty("nextSteps").Strings());
    }

    [Fact]
    public async Task Texas_medicaid_is_indeterminate_with_what_to_ask()
    {
        var decision = await CheckAsync(CheckBodies.Medicaid("tx"));

        Assert.Equal("indeterminate", decision.Text("decision"));
        Assert.Contains(decision.GetProperty("reasons").Strings(), r => r.Contains("Texas", StringComparison.Ordinal));
        Assert.Contains(decision.GetProperty("nextSteps").Strings(), s => s.StartsWith("Ask ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Original_medicare_does_not_cover_a_massage_therapist_and_names_the_provider_type()
    {
        var decision = await CheckAsync(new()
        {
            ["planType"] = "medicare",
            ["providerType"] = "massageTherapist",
            ["hasReferral"] = true,
            ["therapistLicensed"] = true,
            ["asOf"] = "2026-03-01",
        });

        Assert.Equal("notCovered", decision.Text("decision"));
        Assert.Equal("unmet", Status(decision, "providerType"));
        Assert.Contains(decision.GetProperty("reasons").Strings(), r =>
            r.Contains("physical therapist or occupational therapist", StringComparison.Ordinal)
            && r.Contains("not a massage therapist", StringComparison.Ordinal));
        Assert.Equal("Original Medicare", decision.GetProperty("rule").Text("owner"));
    }

    [Fact]
    public async Task Colorados_waiver_is_conditional_on_enrolment_for_an_adult_with_prior_authorization()
    {
        var decision = await CheckAsync(CheckBodies.Medicaid("CO").With("patientAge", 30).With("priorAuthorization", true));

        // The seeded rule pays only for members enrolled in the waiver, and the request does not say whether they are.
        Assert.Equal("conditional", decision.Text("decision"));
        Assert.Contains("programEnrollment", Codes(decision));
        Assert.Contains("priorAuthorization", Codes(decision));
        Assert.Equal("satisfied", decision.Text("priorAuthorization"));
        Assert.Equal("Medicaid CO", decision.GetProperty("rule").Text("owner"));
        Assert.Contains("10 CCR 2505-10", decision.GetProperty("rule").Text("source"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Colorados_waiver_does_not_cover_a_patient_under_18()
    {
        var decision = await CheckAsync(CheckBodies.Medicaid("CO").With("patientAge", 17).With("priorAuthorization", true));

        Assert.Equal("notCovered", decision.Text("decision"));
        Assert.Equal("unmet", Status(decision, "age"));
    }

    [Fact]
    public async Task Colorados_waiver_without_known_authorization_needs_it()
    {
        var decision = await CheckAsync(CheckBodies.Medicaid("CO").With("patientAge", 30));

        Assert.Equal("conditional", decision.Text("decision"));
        Assert.Equal("authNeeded", decision.Text("priorAuthorization"));
        Assert.Equal("unknown", Status(decision, "priorAuthorization"));
    }

    private async Task<JsonElement> CheckAsync(Dictionary<string, object?> body)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(body);
        return await response.OkJsonAsync();
    }

    private static List<string> Codes(JsonElement decision) =>
        [.. decision.GetProperty("requirements").EnumerateArray().Select(r => r.Text("code"))];

    private static string Status(JsonElement decision, string code) =>
        decision.GetProperty("requirements").EnumerateArray().Single(r => r.Text("code") == code).Text("status");
}
