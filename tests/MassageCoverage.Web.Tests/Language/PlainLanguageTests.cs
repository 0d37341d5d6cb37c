using System.Net;
using AngleSharp.Dom;
using MassageCoverage.Testing;
using Xunit.Abstractions;

namespace MassageCoverage.Web.Tests.Language;

/// <summary>
/// The English we write for patients on the home page and the answer pages aims at a US 8th-grade reading level or
/// below (Flesch-Kincaid). Each heading, list item and paragraph counts as a sentence, as a reader meets it. What staff
/// entered (a plan's or program's name, a rule's notes, what was found about a state) is not ours to simplify: it is
/// the text the Spanish page marks lang="en", and each is read as one short word.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class PlainLanguageTests(AppFixture app, ITestOutputHelper output)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "home", "/" },
        { "covered", SpanishPagesTests.Covered },
        { "conditional", SpanishPagesTests.Conditional },
        { "not covered", SpanishPagesTests.NotCovered },
        { "unknown", SpanishPagesTests.Unknown },
        { "Colorado Medicaid", "/check/result?coverage=medicaid&state=CO&diagnosis=M54.50" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_patients_page_reads_at_an_8th_grade_level_or_below(string name, string url)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);

        using var spanish = app.Factory.CreateClient();
        spanish.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "es");
        var entered = (await HtmlPage.ParseAsync(await spanish.GetAsync(new Uri(url, UriKind.Relative))))
            .QuerySelectorAll("main [lang=en]:not(q)").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)
            .Distinct().OrderByDescending(t => t.Length).ToList();
        var text = entered.Aggregate(Text(page.QuerySelector("main")!), (all, data) => all.Replace(data, "it", StringComparison.Ordinal));

        var (grade, words, sentences) = ReadingLevel.Of(text);
        output.WriteLine($"{name}: Flesch-Kincaid grade {grade:0.0} ({words} words, {sentences} sentences)");

        Assert.InRange(words, 40, 2000);
        Assert.True(grade <= 8, $"{name} reads at grade {grade:0.0}");
    }

    private static string Text(IElement main)
    {
        var lines = main.QuerySelectorAll("h1, h2, p, li, dt, dd, label, legend, .d-block")
            .Where(e => !e.Ancestors<IElement>().Any(a => a.LocalName is "li" or "p") || e.ClassList.Contains("d-block"))
            .Select(e => (e.ClassList.Contains("d-block") ? e.TextContent : string.Concat(e.ChildNodes.OfType<IText>().Select(t => t.Data)) + string.Concat(e.Children.Where(c => !c.ClassList.Contains("d-block")).Select(c => c.TextContent))).Trim())
            .Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Any(char.IsLetter));
        return string.Join(' ', lines.Select(t => t.EndsWith('.') || t.EndsWith('?') || t.EndsWith('!') ? t : t + "."));
    }
}
