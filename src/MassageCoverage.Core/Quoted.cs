using System.Globalization;
using System.Text;

namespace MassageCoverage.Core;

/// <summary>
/// How a message repeats what someone typed: trimmed, without control characters or bidirectional overrides (which
/// forge lines in a log or reorder the text a reader sees), and cut to <see cref="MaxLength"/> characters so that a
/// megabyte sent in one field does not come back in every error.
/// </summary>
public static class Quoted
{
    public const int MaxLength = 64;

    /// <summary>The value between single quotes, as in <c>'XX' is not a state</c>.</summary>
    public static string Of(string? input) => $"'{Text(input)}'";

    /// <summary>The same cleaned and cut text, without the quotes.</summary>
    public static string Text(string? input)
    {
        var kept = new StringBuilder();
        foreach (var c in (input ?? "").Trim())
        {
            if (!char.IsControl(c) && !IsBidiControl(c))
            {
                kept.Append(c);
            }
        }

        var text = kept.ToString().Trim();
        if (text.Length <= MaxLength)
        {
            return text;
        }

        // Cut on a whole text element, never between the halves of a surrogate pair.
        var cut = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= MaxLength - 1)
        {
            cut = elements.ElementIndex + elements.GetTextElement().Length;
        }

        return string.Concat(text.AsSpan(0, cut), "\u2026");
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
