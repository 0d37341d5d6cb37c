using AngleSharp.Dom;

namespace MassageCoverage.Web.Tests.Language;

/// <summary>
/// Finds English left on a page in another language: text a reader sees (and the attributes a screen reader reads)
/// outside every element marked <c>lang="en"</c>, holding a word that English has and Spanish does not.
/// </summary>
internal static class EnglishText
{
    // Common English words that are not Spanish words, and the words of this site's own English pages.
    private static readonly HashSet<string> Telltale = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "your", "you", "with", "for", "this", "that", "are", "not", "have", "has", "will", "what", "when",
        "how", "our", "can", "does", "from", "which", "about", "they", "there", "sign", "save", "delete", "edit", "back",
        "print", "yes", "referral", "referrals", "visits", "visit", "answer", "answers", "account", "password", "check",
        "checks", "coverage", "covered", "insurer", "new", "add", "keep", "call", "calls", "home", "page", "enter",
        "choose", "find", "search", "unknown", "verify", "none", "never", "optional", "date", "source", "rule", "status",
        "state", "states", "program", "therapist", "massage", "questions", "steps", "why", "results", "found", "send",
        "link", "code", "codes", "days", "today", "due", "expires", "used", "left", "year", "saved", "records",
    };

    private static readonly string[] ReadAttributes = ["alt", "title", "aria-label", "placeholder"];

    /// <summary>Each piece of text, outside lang="en", that holds an English word.</summary>
    public static IReadOnlyList<string> Outside(IDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var found = new List<string>();
        foreach (var node in page.All.Where(e => e.LocalName is not ("script" or "style" or "code")))
        {
            foreach (var text in node.ChildNodes.OfType<IText>())
            {
                Check(text.Data, node, found);
            }

            foreach (var attribute in ReadAttributes)
            {
                if (node.GetAttribute(attribute) is { } value)
                {
                    Check(value, node, found);
                }
            }
        }

        var description = page.QuerySelector("meta[name=description]")?.GetAttribute("content");
        if (description is not null)
        {
            Check(description, page.DocumentElement, found);
        }

        Check(page.Title ?? "", page.DocumentElement, found);
        return found;
    }

    private static void Check(string text, IElement where, List<string> found)
    {
        if (string.IsNullOrWhiteSpace(text) || LanguageOf(where) == "en")
        {
            return;
        }

        // An email address (a patient's, in a record or the header) is no sentence in any language.
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Contains('@', StringComparison.Ordinal)))
            .Split([' ', ',', '.', ':', ';', '(', ')', '?', '!', '"', '“', '”', '¿', '¡', '·', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(Telltale.Contains))
        {
            found.Add(text.Trim());
        }
    }

    private static string? LanguageOf(IElement element)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (e.GetAttribute("lang") is { Length: > 0 } lang)
            {
                return lang.Split('-')[0];
            }
        }

        return null;
    }
}
