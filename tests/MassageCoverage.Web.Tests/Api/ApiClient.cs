using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MassageCoverage.Web.Tests.Api;

/// <summary>Calls the API the way a client does (camelCase JSON over HTTP) and reads the answer as plain JSON.</summary>
internal static class ApiClient
{
    public const string Checks = "/api/v1/coverage-checks";

    public static Task<HttpResponseMessage> PostCheckAsync(this HttpClient client, IDictionary<string, object?> body) =>
        client.PostAsJsonAsync(new Uri(Checks, UriKind.Relative), body);

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string url) =>
        client.GetAsync(new Uri(url, UriKind.Relative));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>A 200 JSON answer.</summary>
    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>An RFC 9457 problem with this status; returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()));
        return problem;
    }

    /// <summary>A 400 problem whose errors map names <paramref name="field"/>; returns that field's messages.</summary>
    public static async Task<IReadOnlyList<string>> FieldErrorsAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"errors names no '{field}': {errors}");
        return messages.Strings();
    }

    public static IReadOnlyList<string> Strings(this JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.GetString()!)];

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
