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

    [Fact]
    public async Task Pages_outside_the_api_keep_the_html_404_page()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync("/apiary");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
