using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Pages;

/// <summary>A form the site cannot read is a 400 on the error page that says why, never a 404 or a 500.</summary>
[Collection(AppCollectionDefinition.Name)]
public class UnreadableFormTests(AppFixture app)
{
    [Fact]
    public async Task A_NUL_in_a_field_is_a_400_saying_it_cannot_be_sent()
    {
        var (client, token) = await CheckFormAsync();
        using var response = await PostAsync(client, Urlencoded($"__RequestVerificationToken={token}&Answers.State=C%00O"));

        await AssertRefusedAsync(response, "The form could not be read", "it holds a character that cannot be sent");
    }

    [Fact]
    public async Task More_than_1024_fields_is_a_400_saying_there_are_too_many()
    {
        var (client, token) = await CheckFormAsync();
        var fields = string.Join("&", Enumerable.Range(0, 1_100).Select(i => $"f{i}=1"));
        using var response = await PostAsync(client, Urlencoded($"__RequestVerificationToken={token}&{fields}"));

        await AssertRefusedAsync(response, "The form could not be read", "it has too many fields");
    }

    [Fact]
    public async Task A_value_over_4_MB_is_a_400_saying_it_is_too_long()
    {
        var (client, token) = await CheckFormAsync();
        using var response = await PostAsync(client, Urlencoded($"__RequestVerificationToken={token}&Answers.State={new string('a', 4 * 1024 * 1024 + 1)}"));

        await AssertRefusedAsync(response, "The form could not be read", "a value is too long");
    }

    [Fact]
    public async Task A_broken_multipart_body_is_a_400_saying_so()
    {
        var (client, _) = await CheckFormAsync();
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes("--xx\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nbroken"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xx");
        using var response = await PostAsync(client, content);

        await AssertRefusedAsync(response, "The form could not be read", "it arrived incomplete or broken");
    }

    [Fact]
    public async Task A_NUL_in_a_multipart_field_is_a_400_saying_it_cannot_be_sent()
    {
        var (client, token) = await CheckFormAsync();
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("C\0O"), "Answers.State" },
        };
        using var response = await PostAsync(client, content);

        await AssertRefusedAsync(response, "The form could not be read", "it holds a character that cannot be sent");
    }

    [Fact]
    public async Task A_NUL_in_the_query_string_is_a_400_saying_it_cannot_be_sent()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/check?Answers.PlanQuery=acme%00", UriKind.Relative));

        await AssertRefusedAsync(response, "The address could not be read", "it holds a character that cannot be sent");
    }

    [Fact]
    public async Task A_readable_form_still_reaches_its_page()
    {
        var (client, token) = await CheckFormAsync();
        using var response = await PostAsync(client, Urlencoded($"__RequestVerificationToken={token}&Answers.Coverage=medicare"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<(HttpClient Client, string Token)> CheckFormAsync()
    {
        var client = app.Factory.CreateClient();
        var form = await client.FormAsync("/check");
        return (client, form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
    }

    private static ByteArrayContent Urlencoded(string body)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded");
        return content;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, HttpContent content)
    {
        using (content)
        using (client)
        {
            return await client.PostAsync(new Uri("/check", UriKind.Relative), content);
        }
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string title, string reason)
    {
        using (response)
        {
            var page = await HtmlPage.ParseAsync(response);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(title, page.QuerySelector("h1")?.TextContent);
            Assert.Contains($"{title}: {reason}.", page.QuerySelector("p.lead")?.TextContent, StringComparison.Ordinal);
        }
    }
}
