using System.Net;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Pages;

[Collection(AppCollectionDefinition.Name)]
public class LayoutTests(AppFixture app)
{
    private static readonly string[] AssetTypes = ["text/css", "text/javascript"];

    [Fact]
    public async Task Every_stylesheet_and_script_is_served_by_the_app_itself()
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href"))
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")))
            .ToList();

        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.StartsWith("/", asset, StringComparison.Ordinal);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(asset!, UriKind.Relative));
            request.Headers.AcceptEncoding.ParseAdd("gzip, br");
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset} answered {(int)response.StatusCode}");
            Assert.True(body.Length > 100, $"{asset} came back with {body.Length} bytes");
            Assert.Contains(response.Content.Headers.ContentType?.MediaType, AssetTypes);
        }
    }

    [Fact]
    public async Task Pages_have_a_language_a_title_a_skip_link_and_one_main_landmark()
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/medicaid", UriKind.Relative)));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Medicaid massage coverage by state - MassageCoverage", page.Title);
        Assert.Equal("#main", page.QuerySelector("a.skip-link")?.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll("main#main"));
    }
}
