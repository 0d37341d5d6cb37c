using System.Text.RegularExpressions;

namespace MassageCoverage.Web.Tests.Language;

/// <summary>
/// The Flesch-Kincaid grade of English text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59, the US school
/// grade that can read it. Syllables are counted by the usual vowel-group heuristic, good to about a grade.
/// </summary>
internal static partial class ReadingLevel
{
    public static (double Grade, int Words, int Sentences) Of(string text)
    {
        var sentences = SentenceEnd().Split(text.Trim()).Count(s => Letter().IsMatch(s));
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return (0, 0, 0);
        }

        var syllables = words.Sum(Syllables);
        return ((0.39 * words.Count / Math.Max(1, sentences)) + (11.8 * syllables / words.Count) - 15.59, words.Count, sentences);
    }

    private static int Syllables(string word)
    {
        var w = NotLetter().Replace(word.ToLowerInvariant(), "");
        if (w.Length <= 3)
        {
            return 1;
        }

        w = SilentEnding().Replace(w, "");
        w = w.StartsWith('y') ? w[1..] : w;
        return Math.Max(1, VowelGroup().Count(w));
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Letter();

    [GeneratedRegex("[A-Za-z][A-Za-z'-]*")]
    private static partial Regex Word();

    [GeneratedRegex("[^a-z]")]
    private static partial Regex NotLetter();

    [GeneratedRegex("(?:[^laeiouy]es|ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("[aeiouy]{1,2}")]
    private static partial Regex VowelGroup();
}
