using System.Text;
using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Eligibility;

/// <summary>
/// A copy of a 271 without what identifies the member (docs/x12-271.md section 5, the HIPAA Safe Harbor identifiers):
/// the names and ids of NM1*IL (subscriber), NM1*03 (dependent), NM1*36 (employer) and NM1*LR (legal representative),
/// the address and contact segments after such a name (N3, N4 city and postal code, PER), the birth date (DMG02), the
/// trace numbers (TRN02) and references (REF02, REF03) of the subscriber and dependent levels. A member-level REF is
/// kept only for a plan number (18) or plan network id (N6), which name a plan that many members share.
/// Each replaced element becomes <see cref="Mark"/>; empty elements stay empty and the structure (segments, counts,
/// separators) is unchanged, so the copy still parses and still gives the same benefits.
/// MSG free text is kept: it is the payer's words about a benefit and the interpretation shows them; a payer that wrote
/// a member's name there would leave it in the copy.
/// </summary>
public static class X12Redactor
{
    public const string Mark = "REDACTED";

    public static string Redact(X12Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var d = document.Delimiters;
        var text = new StringBuilder(document.Segments.Sum(s => s.Text.Length + 2));
        var memberLevel = false;
        var afterPersonName = false;
        foreach (var s in document.Segments)
        {
            if (s.Id == "HL")
            {
                memberLevel = s.Is(3, "22") || s.Is(3, "23");
                afterPersonName = false;
            }
            else if (s.Id == "NM1")
            {
                afterPersonName = s.Is(1, "IL") || s.Is(1, "03") || s.Is(1, "36") || s.Is(1, "LR");
            }

            Append(text, s, Redacted(s, memberLevel, afterPersonName));
            text.Append(d.Segment);
            if (document.LineBreaks)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The elements of <paramref name="s"/> to replace; empty for a segment kept as it is.</summary>
    private static ReadOnlySpan<int> Redacted(X12Segment s, bool memberLevel, bool afterPersonName) => s.Id switch
    {
        "NM1" when afterPersonName => [3, 4, 5, 7, 9],
        "N3" when afterPersonName => [1, 2],
        "N4" when afterPersonName => [1, 3],
        "PER" when afterPersonName => [2, 4, 6, 8],
        "DMG" => [2],
        "TRN" when memberLevel => [2],
        "REF" when memberLevel && !s.Is(1, "18") && !s.Is(1, "N6") => [2, 3],
        _ => [],
    };

    private static void Append(StringBuilder text, X12Segment s, ReadOnlySpan<int> redacted)
    {
        if (redacted.IsEmpty)
        {
            text.Append(s.Text);
            return;
        }

        text.Append(s.Id);
        for (var e = 1; e <= s.ElementCount; e++)
        {
            text.Append(s.Delimiters.Element);
            var value = s.Span(e);
            text.Append(!value.IsEmpty && redacted.Contains(e) ? Mark : value);
        }
    }
}
