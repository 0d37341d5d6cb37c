using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Api;

/// <summary>Each input the engine cannot answer is a 400 problem that names its field in camelCase.</summary>
[Collection(AppCollectionDefinition.Name)]
public class CoverageCheckValidationTests(AppFixture app)
{
    [Fact]
    public async Task An_unknown_state_code_is_a_400_naming_state()
    {
        var errors = await ErrorsAsync(CheckBodies.AcmeGoldAllMet().With("state", "ZZ"), "state");

        Assert.Contains(errors, e => e.Contains("'ZZ' is not the code of a US state", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_plan_type_is_a_400_naming_planType()
    {
        var errors = await ErrorsAsync(CheckBodies.AcmeGoldAllMet().With("planType", "hmo"), "planType");

        Assert.Contains(errors, e => e.Contains("private, medicare, medicareAdvantage, medicaid, notSure or noInsurance", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_plan_type_is_a_400_naming_planType()
    {
        await ErrorsAsync(CheckBodies.AcmeGoldAllMet().Without("planType"), "planType");
    }

    [Fact]
    public async Task Medicaid_without_a_state_is_a_400_naming_state()
    {
        var errors = await ErrorsAsync(CheckBodies.Medicaid("CO").Without("state"), "state");

        Assert.Contains(errors, e => e.Contains("Medicaid coverage is set by each state", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invalid_ICD10_code_is_a_400_naming_its_position_in_diagnosisCodes()
    {
        var errors = await ErrorsAsync(CheckBodies.AcmeGoldAllMet().WithDiagnoses("M54.50", "54M.50"), "diagnosisCodes[1]");

        Assert.Contains(errors, e => e.Contains("'54M.50' is not an ICD-10-CM code", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_deleted_code_M54_5_is_refused_naming_its_three_successors()
    {
        var errors = await ErrorsAsync(CheckBodies.AcmeGoldAllMet().WithDiagnoses("M54.5"), "diagnosisCodes[0]");

        var message = Assert.Single(errors);
        Assert.Contains("M54.50", message, StringComparison.Ordinal);
        Assert.Contains("M54.51", message, StringComparison.Ordinal);
        Assert.Contains("M54.59", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_12_diagnosis_codes_is_a_400_naming_diagnosisCodes()
    {
        var thirteen = Enumerable.Repeat("M54.50", 13).ToArray();

        var errors = await ErrorsAsync(CheckBodies.AcmeGoldAllMet().With("diagnosisCodes", thirteen), "diagnosisCodes");

        Assert.Contains(errors, e => e.Contains("at most 12", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Negative_visits_used_is_a_400_naming_visitsUsed()
    {
        await ErrorsAsync(CheckBodies.AcmeGoldAllMet().With("visitsUsed", -1), "visitsUsed");
    }

    [Fact]
    public async Task A_referral_dated_after_the_as_of_date_is_a_400_naming_referralDate()
    {
        var errors = await ErrorsAsync(CheckBodies.AcmeGoldAllMet().With("referralDate", "2026-03-02"), "referralDate");

        Assert.Contains(errors, e => e.Contains("after the date of the visit (2026-03-01)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_provider_type_is_a_400_naming_providerType()
    {
        await ErrorsAsync(CheckBodies.AcmeGoldAllMet().With("providerType", "reiki"), "providerType");
    }

    [Fact]
    public async Task A_service_code_outside_the_known_CPT_codes_is_a_400_naming_serviceCode()
    {
        var errors = await ErrorsAsync(CheckBodies.AcmeGoldAllMet().With("serviceCode", "99999"), "serviceCode");

        Assert.Contains(errors, e => e.Contains("97124", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(121)]
    public async Task An_age_outside_0_to_120_is_a_400_naming_patientAge(int age)
    {
        await ErrorsAsync(CheckBodies.AcmeGoldAllMet().With("patientAge", age), "patientAge");
    }

    [Theory]
    [InlineData("referralDate", "02/19/2026")]
    [InlineData("asOf", "2026-3-1")]
    [InlineData("asOf", "2026-02-30")]
    public async Task A_date_not_written_yyyy_MM_dd_is_a_400_naming_its_field(string field, string date)
    {
        var errors = await ErrorsAsync(CheckBodies.AcmeGoldAllMet().With(field, date), field);

        Assert.Contains(errors, e => e.Contains("yyyy-MM-dd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_invalid_field_is_named_in_one_problem()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(
            CheckBodies.AcmeGoldAllMet().With("state", "ZZ").With("visitsUsed", -3).With("providerType", "reiki"));

        await response.FieldErrorsAsync("state");
        await response.FieldErrorsAsync("visitsUsed");
        await response.FieldErrorsAsync("providerType");
    }

    private async Task<IReadOnlyList<string>> ErrorsAsync(Dictionary<string, object?> body, string field)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(body);
        return await response.FieldErrorsAsync(field);
    }
}
