using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Api;

[Collection(AppCollectionDefinition.Name)]
public class OpenApiTests(AppFixture app)
{
    [Fact]
    public async Task The_OpenAPI_document_lists_every_api_path_with_named_operations()
    {
        using var client = app.Factory.CreateClient();
        var document = await (await client.GetAsync("/openapi/v1.json")).OkJsonAsync();

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/coverage-checks", "/api/v1/plans", "/api/v1/plans/{code}", "/api/v1/medicaid/{state}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"no {path}");
        }

        var check = paths.GetProperty("/api/v1/coverage-checks").GetProperty("post");
        Assert.Equal("CheckCoverage", check.Text("operationId"));
        Assert.False(string.IsNullOrWhiteSpace(check.Text("summary")));
        Assert.True(check.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(paths.GetProperty("/api/v1/plans/{code}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));

        // One operation per path and method, each id unique: the HEAD twins of GET and the 405 refusals are not documented.
        var operations = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Id: o.Value.Text("operationId")))).ToList();
        Assert.Equal(["get", "post"], operations.Select(o => o.Method).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(operations.Count, operations.Select(o => o.Id).Distinct().Count());
    }
}
