using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace MassageCoverage.Web.Tests.Pages.Account.Referrals;

/// <summary>Opening a referral's letters as a patient does (from the referral list) and reading the letter on the page.</summary>
internal static class LetterSteps
{
    /// <summary>The address the referral list links for this referral's letter: "letter-link" or "hsa-letter-link".</summary>
    public static async Task<string> LinkAsync(PatientSession patient, long id, string link = "letter-link")
    {
        var list = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account/referrals", UriKind.Relative)));
        return list.QuerySelector($"#referral-{id} a.{link}")!.GetAttribute("href")!;
    }

    public static async Task<IHtmlDocument> OpenAsync(PatientSession patient, string url) =>
        await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri(url, UriKind.Relative)));

    /// <summary>Each field of the letter by its label: its text, or null for a blank line left to write on.</summary>
    public static Dictionary<string, string?> Fields(IDocument page) =>
        page.QuerySelectorAll("#letter .letter-field").ToDictionary(
            f => f.QuerySelector("dt")!.TextContent.Trim(),
            f => f.QuerySelector("dd .letter-blank") is null ? f.QuerySelector("dd")!.TextContent.Trim() : null);

    /// <summary>The lines left blank for a field, 0 when it is filled in.</summary>
    public static int BlankLines(IDocument page, string label) =>
        page.QuerySelectorAll("#letter .letter-field").Single(f => f.QuerySelector("dt")!.TextContent.Trim() == label)
            .QuerySelectorAll(".letter-blank").Length;

    public static string LetterText(IDocument page) => page.QuerySelector("#letter")!.TextContent;
}
