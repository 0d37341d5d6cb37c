using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Api;

/// <summary>A body in a form or size the API does not take is a 415 or 413 problem, never a 500.</summary>
[Collection(AppCollectionDefinition.Name)]
public class CoverageCheckMediaTypeTests(AppFixture app)
{
    private const string Json = """{"planType": "medicare", "visitsUsed": 0}""";

    [Theory]
    [InlineData("application/json; charset=bogus")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=\"latin1\"")]
    [InlineData("text/plain")]
    [InlineData("application/xml; charset=utf-8")]
    public async Task An_unsupported_content_type_or_charset_is_a_415_naming_what_was_sent(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Json));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await PostAsync(content);

        var problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains($"'{contentType}'", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_type_with_control_characters_is_quoted_without_them()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Json));
        content.Headers.TryAddWithoutValidation("Content-Type", "text/<b>" + new string('x', 200));
        using var response = await PostAsync(content);

        var detail = (await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType)).Text("detail");
        Assert.Contains("'text/<b>xxx", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 64), detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UTF_8_named_in_any_case_is_read()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Json));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");
        using var response = await PostAsync(content);

        await response.OkJsonAsync();
    }

    [Fact]
    public async Task A_10_MB_body_is_a_413_problem()
    {
        using var content = new ByteArrayContent(Padded(10 * 1024 * 1024));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        using var response = await PostAsync(content);

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("64 KB", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_over_64_KB_without_a_length_is_a_413_problem()
    {
        using var content = new UnsizedContent(Padded(65 * 1024));
        using var response = await PostAsync(content);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_chunked_body_under_the_limit_is_read()
    {
        using var content = new UnsizedContent(Padded(60 * 1024));
        using var response = await PostAsync(content);

        await response.OkJsonAsync();
    }

    /// <summary>A valid check padded with spaces to <paramref name="size"/> bytes.</summary>
    private static byte[] Padded(int size) => Encoding.UTF8.GetBytes(Json.PadRight(size));

    private async Task<HttpResponseMessage> PostAsync(HttpContent content)
    {
        using var client = app.Factory.CreateClient();
        return await client.PostAsync(new Uri(ApiClient.Checks, UriKind.Relative), content);
    }

    /// <summary>A body whose length is not known up front, so it travels chunked with no Content-Length.</summary>
    private sealed class UnsizedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnsizedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
