using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Security;

/// <summary>One form as served: where it goes, how, and the fields it holds (token included).</summary>
internal sealed record ServedForm(string Page, string Action, string Method, bool Multipart, IReadOnlyList<(string Name, string Value, bool File)> Fields)
{
    public const string Token = "__RequestVerificationToken";
}

/// <summary>What a crawl found: the forms, and every page it reached (a POST-only page can still be posted to).</summary>
internal sealed record Crawl(List<ServedForm> Forms, List<string> Visited)
{
    /// <summary>An antiforgery token of this session, from any of its forms.</summary>
    public string? Token => Forms.SelectMany(f => f.Fields).FirstOrDefault(f => f.Name == ServedForm.Token).Value;
}

/// <summary>
/// Finds the app's forms the way a visitor would: follows the links of a signed-in session from a few start pages,
/// one page per route, and keeps every form in main. The pages that take a POST come from the app's own endpoints,
/// so a page added later is either reached here or named as missed.
/// </summary>
internal static class FormCrawler
{
    /// <summary>Each Razor page with a POST handler, by its page name, with the routes (as regexes) that reach it.</summary>
    public static IReadOnlyDictionary<string, List<Regex>> PostPages(AppFactory factory)
    {
        var pages = new Dictionary<string, List<Regex>>(StringComparer.Ordinal);
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var page = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>();
            if (page?.HandlerTypeInfo.GetMethods().Any(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal)) == true)
            {
                (pages.TryGetValue(page.ViewEnginePath, out var routes) ? routes : pages[page.ViewEnginePath] = []).Add(Matcher(endpoint.RoutePattern));
            }
        }

        return pages;
    }

    /// <summary>Every route pattern, to visit one address per route.</summary>
    public static IReadOnlyList<Regex> AllRoutes(AppFactory factory) =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => Matcher(e.RoutePattern))];

    public static async Task<Crawl> CrawlAsync(HttpClient client, IReadOnlyList<Regex> routes, params string[] starts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(starts);
        var forms = new List<ServedForm>();
        var visited = new List<string>();
        while (queue.Count > 0 && seen.Count < 80)
        {
            var url = queue.Dequeue();
            var path = url.Split('?')[0];
            // One address per route; the segment count tells "/staff/plans" from "/staff/plans/{code}" where one
            // route with an optional parameter matches both.
            var route = $"{routes.FirstOrDefault(r => r.IsMatch(path))?.ToString() ?? path} {path.Count(c => c == '/')}";
            if (!seen.Add(route))
            {
                continue;
            }

            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            visited.Add(response.RequestMessage!.RequestUri!.PathAndQuery);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await HtmlPage.ParseAsync(response);
            var at = response.RequestMessage!.RequestUri!;
            forms.AddRange(page.QuerySelectorAll("main form").OfType<IHtmlFormElement>().SelectMany(f => Read(at, f)));
            foreach (var link in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !link.Contains("sign-out", StringComparison.Ordinal)
                    && !link.StartsWith("/api", StringComparison.Ordinal) && !link.StartsWith("/openapi", StringComparison.Ordinal))
                {
                    queue.Enqueue(link);
                }
            }
        }

        return new Crawl(forms, visited);
    }

    /// <summary>The form once per distinct submit target (a button's formaction posts elsewhere).</summary>
    private static IEnumerable<ServedForm> Read(Uri page, IHtmlFormElement form)
    {
        var fields = new List<(string, string, bool)>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element is IHtmlButtonElement || element is IHtmlInputElement { Type: "submit" })
            {
                continue;
            }

            fields.Add((name, element switch
            {
                IHtmlInputElement input => input.Value,
                IHtmlSelectElement select => select.Value ?? "",
                IHtmlTextAreaElement area => area.Value,
                _ => "",
            }, element is IHtmlInputElement { Type: "file" }));
        }

        var method = string.IsNullOrEmpty(form.Method) ? "get" : form.Method.ToLowerInvariant();
        var multipart = string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase);
        var targets = form.QuerySelectorAll("button[formaction], input[formaction]").Select(b => b.GetAttribute("formaction")!)
            .Prepend(form.GetAttribute("action") ?? "").Distinct(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var action = new Uri(page, target);
            yield return new ServedForm(page.PathAndQuery, action.PathAndQuery, method, multipart, fields);
        }
    }

    private static Regex Matcher(RoutePattern pattern)
    {
        var regex = "^";
        foreach (var segment in pattern.PathSegments)
        {
            var optional = segment.Parts is [RoutePatternParameterPart { IsOptional: true }];
            var text = string.Concat(segment.Parts.Select(p => p switch
            {
                RoutePatternLiteralPart literal => Regex.Escape(literal.Content),
                RoutePatternParameterPart { IsCatchAll: true } => ".*",
                RoutePatternParameterPart => "[^/]+",
                _ => "",
            }));
            regex += optional ? $"(/{text})?" : $"/{text}";
        }

        return new Regex(regex + "/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public static bool IsHtml(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType == "text/html";

    public static bool IsServerError(int status) => status >= StatusCodes.Status500InternalServerError;
}
