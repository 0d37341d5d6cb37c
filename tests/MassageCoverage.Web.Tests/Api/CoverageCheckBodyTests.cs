using System.Net;
using System.Text;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Api;

/// <summary>A body the JSON reader cannot take is a problem for the client, never a 500 or an HTML page.</summary>
[Collection(AppCollectionDefinition.Name)]
public class CoverageCheckBodyTests(AppFixture app)
{
    [Theory]
    [InlineData("{planType: 'private'}")]
    [InlineData("{\"planType\": \"private\", \"planCode\": ")]
    [InlineData("[1, 2")]
    public async Task Malformed_JSON_is_a_400_problem_saying_so(string json)
    {
        using var response = await PostRawAsync(json, "application/json");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").EnumerateObject().SelectMany(e => e.Value.Strings());
        Assert.Contains(messages, m => m.Contains("not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_body_is_a_400_problem()
    {
        using var response = await PostRawAsync("", "application/json");

        await response.FieldErrorsAsync("body");
    }

    [Fact]
    public async Task A_null_body_is_a_400_problem()
    {
        using var response = await PostRawAsync("null", "application/json");

        await response.FieldErrorsAsync("body");
    }

    [Theory]
    [InlineData("{\"planType\": \"medicare\", \"therapistLicensed\": \"yes\"}", "therapistLicensed")]
    [InlineData("{\"planType\": \"medicare\", \"visitsUsed\": \"three\"}", "visitsUsed")]
    [InlineData("{\"planType\": \"medicare\", \"diagnosisCodes\": [\"M54.50\", 7]}", "diagnosisCodes[1]")]
    public async Task A_value_of_the_wrong_JSON_type_is_a_400_naming_its_field(string json, string field)
    {
        using var response = await PostRawAsync(json, "application/json");

        await response.FieldErrorsAsync(field);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_415_problem()
    {
        using var response = await PostRawAsync("planType=private", "application/x-www-form-urlencoded");

        await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    private async Task<HttpResponseMessage> PostRawAsync(string body, string mediaType)
    {
        using var client = app.Factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        return await client.PostAsync(new Uri(ApiClient.Checks, UriKind.Relative), content);
    }
}
