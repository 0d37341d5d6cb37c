using System.Net;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;

namespace MassageCoverage.Web.Tests.Pages.Admin;

[Collection(AppCollectionDefinition.Name)]
public class MedicaidMapTests(AppFixture app)
{
    [Fact]
    public async Task Public_map_has_51_squares_each_a_named_link_to_its_row()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/medicaid", UriKind.Relative));
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var squares = page.QuerySelectorAll(".tile-map svg a");
        Assert.Equal(51, squares.Length);
        Assert.All(squares, a => Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("aria-label"))));
        Assert.Equal(51, squares.Select(a => a.GetAttribute("href")).Distinct().Count());
        foreach (var square in squares)
        {
            Assert.NotNull(page.QuerySelector(square.GetAttribute("href")!));
        }

        var colorado = page.QuerySelector(".tile-map a[data-state=CO]")!;
        Assert.Equal("Colorado, CO: only through a waiver program", colorado.GetAttribute("aria-label"));
        Assert.Equal("#state-CO", colorado.GetAttribute("href"));
        Assert.Contains("tile-waiverOnly", colorado.ClassName, StringComparison.Ordinal);
        Assert.Equal("CO", colorado.TextContent.Trim());
        Assert.NotNull(colorado.QuerySelector("path.tile-symbol"));
    }

    [Fact]
    public async Task Map_key_names_every_coverage_form_beside_its_swatch_and_shape()
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/medicaid", UriKind.Relative)));

        var key = page.QuerySelectorAll(".tile-legend li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Only through a waiver program", key);
        Assert.Contains("Unknown - verify", key);
        Assert.Equal(5, key.Count);
        Assert.Equal(5, page.QuerySelectorAll(".tile-legend li svg path.tile-symbol").Length);
    }

    [Fact]
    public async Task Admin_map_links_each_state_to_its_page_and_the_table_lists_all_51()
    {
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        using var response = await admin.GetAsync(new Uri("/admin/medicaid", UriKind.Relative));
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(51, page.QuerySelectorAll(".tile-map svg a").Length);
        var colorado = page.QuerySelector(".tile-map a[data-state=CO]")!;
        Assert.Equal("/admin/medicaid/CO", colorado.GetAttribute("href"));
        Assert.Equal("Colorado, CO: only through a waiver program", colorado.GetAttribute("aria-label"));
        Assert.Equal(51, page.QuerySelectorAll("tbody tr").Length);
    }
}
