using AngleSharp;
using AngleSharp.Html.Dom;

namespace MassageCoverage.Web.Tests;

/// <summary>Parses a served page the way a browser would, so tests assert what a user sees.</summary>
internal static class HtmlPage
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
        return (IHtmlDocument)document;
    }
}
