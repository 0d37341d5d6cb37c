using AngleSharp.Html.Dom;

namespace MassageCoverage.Web.Tests;

/// <summary>
/// Fills a served form the way a person would (radios checked, boxes typed into) and submits it with every field
/// the form holds, the antiforgery token included; the client's cookie jar carries the matching cookie.
/// </summary>
internal static class FormSubmitter
{
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, IHtmlFormElement form, IReadOnlyDictionary<string, string> answers, string? submitText = null)
    {
        foreach (var (name, value) in answers)
        {
            var fields = form.Elements.Where(e => e.GetAttribute("name") == name).ToList();
            Assert.True(fields.Count > 0, $"The form has no field named {name}.");
            foreach (var field in fields)
            {
                switch (field)
                {
                    case IHtmlInputElement { Type: "radio" or "checkbox" } box:
                        box.IsChecked = box.Value == value;
                        break;
                    case IHtmlInputElement input:
                        input.Value = value;
                        break;
                    case IHtmlSelectElement select:
                        select.Value = value;
                        break;
                    case IHtmlTextAreaElement area:
                        area.Value = value;
                        break;
                }
            }

            if (fields.All(f => f is IHtmlInputElement { Type: "radio" }))
            {
                Assert.True(fields.OfType<IHtmlInputElement>().Any(f => f.IsChecked), $"No choice of {name} has the value {value}.");
            }
        }

        var button = submitText is null
            ? null
            : form.QuerySelectorAll("button").OfType<IHtmlButtonElement>().Single(b => b.TextContent.Trim() == submitText);
        // A form without an action posts back to its own page, query string included.
        // An action or formaction comes back as written ("/check/result?...", "?handler=Try"), so it is resolved
        // against the page's address as a browser does.
        var page = new Uri(form.Owner!.DocumentUri);
        var action = new Uri(page, button?.GetAttribute("formaction") ?? form.Action);
        using var content = new FormUrlEncodedContent(Fields(form));
        if (string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase))
        {
            // A GET form replaces the action's query with its fields, as a browser does.
            var query = await content.ReadAsStringAsync();
            return await client.GetAsync(new Uri($"{action.AbsolutePath}?{query}", UriKind.Relative));
        }

        return await client.PostAsync(new Uri(action.PathAndQuery, UriKind.Relative), content);
    }

    private static IEnumerable<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "radio" or "checkbox" } box when box.IsChecked:
                    yield return new(name, box.Value);
                    break;
                case IHtmlInputElement { Type: not ("radio" or "checkbox" or "submit") } input:
                    yield return new(name, input.Value);
                    break;
                case IHtmlSelectElement select:
                    yield return new(name, select.Value ?? "");
                    break;
                case IHtmlTextAreaElement area:
                    yield return new(name, area.Value);
                    break;
            }
        }
    }
}
