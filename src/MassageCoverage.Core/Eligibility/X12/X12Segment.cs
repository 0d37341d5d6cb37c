namespace MassageCoverage.Core.Eligibility.X12;

/// <summary>
/// One segment of an interchange, read in place: it keeps a slice of the source text and where each element starts,
/// and makes a string only for the elements a reader asks for. A 271 of several hundred segments is read with one
/// small array per segment, not a string per element.
/// </summary>
public sealed class X12Segment
{
    private readonly ReadOnlyMemory<char> _text;

    // Offset in _text of each element's first character; [0] is the identifier's (0).
    private readonly int[] _starts;

    internal X12Segment(ReadOnlyMemory<char> text, int[] starts, string id, int position, X12Delimiters delimiters)
    {
        _text = text;
        _starts = starts;
        Id = id;
        Position = position;
        Delimiters = delimiters;
    }

    /// <summary>ISA, EB, NM1: two or three capital letters and digits.</summary>
    public string Id { get; }

    /// <summary>The segment's number in the interchange, 1-based, ISA being 1.</summary>
    public int Position { get; }

    public X12Delimiters Delimiters { get; }

    /// <summary>How many elements follow the identifier, trailing empty ones included.</summary>
    public int ElementCount => _starts.Length - 1;

    /// <summary>The segment without its terminator.</summary>
    public ReadOnlySpan<char> Text => _text.Span;

    /// <summary>Element <paramref name="element"/> (EB03 is 3) as it stands; empty when absent.</summary>
    public ReadOnlySpan<char> Span(int element)
    {
        if (element < 1 || element >= _starts.Length)
        {
            return [];
        }

        var start = _starts[element];
        var end = element + 1 < _starts.Length ? _starts[element + 1] - 1 : _text.Length;
        return _text.Span[start..end];
    }

    /// <summary>Element <paramref name="element"/> as a string, or null when it is absent or empty.</summary>
    public string? Value(int element)
    {
        var span = Span(element);
        return span.IsEmpty ? null : span.ToString();
    }

    /// <summary>Whether element <paramref name="element"/> is exactly <paramref name="value"/>.</summary>
    public bool Is(int element, string value) => Span(element).SequenceEqual(value);

    /// <summary>The non-empty repetitions of a repeating element (EB03: <c>BE^PT</c>), in order.</summary>
    public IReadOnlyList<string> Repetitions(int element) => Split(Span(element), Delimiters.Repetition);

    /// <summary>The components of a composite element (EB13: <c>HC:97124</c>), empty ones kept so positions hold.</summary>
    public IReadOnlyList<string> Components(int element)
    {
        var span = Span(element);
        if (span.IsEmpty)
        {
            return [];
        }

        var parts = new List<string>(2);
        foreach (var range in span.Split(Delimiters.Component))
        {
            parts.Add(span[range].ToString());
        }

        return parts;
    }

    private static string[] Split(ReadOnlySpan<char> span, char separator)
    {
        if (span.IsEmpty)
        {
            return [];
        }

        var parts = new List<string>(span.Count(separator) + 1);
        foreach (var range in span.Split(separator))
        {
            if (!span[range].IsEmpty)
            {
                parts.Add(span[range].ToString());
            }
        }

        return [.. parts];
    }

    /// <summary>Identifier and position only: the text holds health information, and a segment may reach a log.</summary>
    public override string ToString() => $"{Id} (segment {Position})";
}
