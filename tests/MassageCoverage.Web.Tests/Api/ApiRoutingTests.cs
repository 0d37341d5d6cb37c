using System.Net;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Api;

/// <summary>Under /api every error is JSON problem details, never the site's HTML error page.</summary>
[Collection(AppCollectionDefinition.Name)]
public class ApiRoutingTests(AppFixture app)
{
    [Fact]
    public async Task An_unknown_api_route_is_a_404_problem_rather_than_the_html_page()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync("/api/v1/no-such-thing");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_method_the_route_does_not_take_is_a_405_problem_naming_the_allowed_method()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(ApiClient.Checks);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("PUT", "/api/v1/coverage-checks", "POST")]
    [InlineData("HEAD", "/api/v1/coverage-checks", "POST")]
    [InlineData("POST", "/api/v1/plans", "GET, HEAD")]
    [InlineData("OPTIONS", "/api/v1/plans/acme-ppo-gold", "GET, HEAD")]
    [InlineData("DELETE", "/api/v1/medicaid/CO", "GET, HEAD")]
    public async Task Every_refused_method_is_a_405_whose_Allow_header_names_only_what_the_route_takes(string method, string url, string allowed)
    {
        using var client = app.Factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allowed, string.Join(", ", response.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("/api/v1/plans?query=acme")]
    [InlineData("/api/v1/plans/acme-ppo-gold")]
    [InlineData("/api/v1/medicaid/CO")]
    public async Task A_route_that_takes_GET_answers_HEAD_with_the_same_status_and_type(string url)
    {
        using var client = app.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Head, url);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_outside_the_api_keep_the_html_404_page()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync("/apiary");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
