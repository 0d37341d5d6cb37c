using System.Net;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Pages;

[Collection(AppCollectionDefinition.Name)]
public class ErrorPageTests(AppFixture app)
{
    [Fact]
    public async Task An_unknown_url_gives_the_friendly_404_page()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }

    [Fact]
    public async Task The_home_page_links_to_the_medicaid_table()
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));

        Assert.NotEmpty(page.QuerySelectorAll("main a[href='/medicaid']"));
    }
}
