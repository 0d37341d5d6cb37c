using System.Diagnostics.CodeAnalysis;

namespace MassageCoverage.Core.Eligibility.X12;

/// <summary>
/// Cuts an interchange into segments (docs/x12-271.md section 1). It reads the separators from the fixed-width ISA,
/// checks that header's shape, then splits the rest on the terminator, dropping the CR and LF that many senders put
/// after it (or every 80 characters). Malformed input (a truncated file, the wrong separators, garbage) is an
/// <see cref="X12Error"/>, never an exception.
/// </summary>
public static class X12Reader
{
    /// <summary>The ISA with its terminator.</summary>
    public const int HeaderLength = 106;

    // Where the separator before ISA01..ISA16 stands; ISA elements are of fixed width.
    private static readonly int[] _separatorAt = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];

    public static bool TryRead(string? text, [NotNullWhen(true)] out X12Document? document, [NotNullWhen(false)] out X12Error? error)
    {
        document = null;
        var source = text ?? "";
        var start = 0;
        while (start < source.Length && (char.IsWhiteSpace(source[start]) || source[start] == '\uFEFF'))
        {
            start++;
        }

        // CR and LF are no X12 data, so unless the terminator is one of them they are only line breaks: after each
        // terminator, or every 80 characters in files wrapped for old terminals, the ISA included. Those go first.
        error = ReadHeader(source.AsSpan(start), out var delimiters);
        var lineBreaks = false;
        if (delimiters?.Segment is not ('\r' or '\n') && source.AsSpan(start).ContainsAny('\r', '\n'))
        {
            source = WithoutLineBreaks(source.AsSpan(start));
            start = 0;
            lineBreaks = true;

            // When neither reading gives a header, the one of the text as sent says best what is wrong.
            var asSent = error;
            error = ReadHeader(source, out delimiters);
            error = error is not null ? asSent ?? error : null;
        }

        if (error is not null)
        {
            return false;
        }

        var segments = new List<X12Segment>(Math.Clamp((source.Length - start) / 40, 16, 4096));
        var at = start;
        while (true)
        {
            // A line break as the terminator: blank lines between segments are nothing.
            while (at < source.Length && source[at] is '\r' or '\n')
            {
                at++;
            }

            if (at == source.Length)
            {
                break;
            }

            var position = segments.Count + 1;
            var length = source.AsSpan(at).IndexOf(delimiters!.Segment);
            if (length < 0)
            {
                error = new(X12ErrorCode.Unterminated, IdOf(source.AsSpan(at), delimiters) ?? "", position);
                return false;
            }

            var segmentText = source.AsMemory(at, length);
            at += length + 1;
            if (segmentText.Span.EndsWith('\r'))
            {
                segmentText = segmentText[..^1];
            }

            if (Segment(segmentText, position, delimiters) is not { } segment)
            {
                error = new(X12ErrorCode.InvalidSegmentId, "", position);
                return false;
            }

            segments.Add(segment);
        }

        document = new X12Document(delimiters!, segments, lineBreaks);
        return true;
    }

    private static string WithoutLineBreaks(ReadOnlySpan<char> text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var range in text.SplitAny('\r', '\n'))
        {
            kept.Append(text[range]);
        }

        return kept.ToString();
    }

    private static X12Error? ReadHeader(ReadOnlySpan<char> text, out X12Delimiters? delimiters)
    {
        delimiters = null;
        if (text.IsEmpty)
        {
            return new(X12ErrorCode.Empty, "ISA", 1);
        }

        if (!text.StartsWith("ISA", StringComparison.Ordinal))
        {
            return new(X12ErrorCode.NoInterchangeHeader, "ISA", 1);
        }

        if (text.Length < HeaderLength)
        {
            return new(X12ErrorCode.HeaderTooShort, "ISA", 1);
        }

        var element = text[3];
        for (var n = 1; n < _separatorAt.Length; n++)
        {
            // The separator before ISA(n+1) ends ISA(n): when it is not where it should be, ISA(n) is not of its width.
            if (text[_separatorAt[n]] != element)
            {
                return new(X12ErrorCode.HeaderMalformed, "ISA", 1, n);
            }
        }

        var found = new X12Delimiters(element, text[82], text[104], text[105]);
        if (!text.Slice(84, 5).SequenceEqual("00501"))
        {
            return new(X12ErrorCode.UnsupportedVersion, "ISA", 1, 12);
        }

        if (DelimiterProblem(found) is { } problem)
        {
            return new(X12ErrorCode.InvalidDelimiters, "ISA", 1, problem);
        }

        // A separator inside an element would cut the ISA elsewhere than its fixed widths say.
        for (var n = 1; n <= _separatorAt.Length; n++)
        {
            var end = n < _separatorAt.Length ? _separatorAt[n] : HeaderLength - 1;
            if (text[(_separatorAt[n - 1] + 1)..end].IndexOfAny(found.Element, found.Segment) >= 0)
            {
                return new(X12ErrorCode.HeaderMalformed, "ISA", 1, n);
            }
        }

        delimiters = found;
        return null;
    }

    /// <summary>The ISA element that chose a bad separator (16 for the terminator after it), or null when all four are usable.</summary>
    private static int? DelimiterProblem(X12Delimiters d)
    {
        // Only the terminator may be a line break: anywhere else one is taken for a line break and dropped.
        static bool Unusable(char c) => char.IsAsciiLetterOrDigit(c) || c is ' ' or '\r' or '\n';

        if (Unusable(d.Element))
        {
            return 1;
        }

        if (Unusable(d.Repetition) || d.Repetition == d.Element)
        {
            return 11;
        }

        if (Unusable(d.Component) || d.Component == d.Element || d.Component == d.Repetition)
        {
            return 16;
        }

        var segmentUnusable = char.IsAsciiLetterOrDigit(d.Segment) || d.Segment == ' ';
        return segmentUnusable || d.Segment == d.Element || d.Segment == d.Repetition || d.Segment == d.Component ? 16 : null;
    }

    private static X12Segment? Segment(ReadOnlyMemory<char> text, int position, X12Delimiters delimiters)
    {
        var span = text.Span;
        if (IdOf(span, delimiters) is not { } id)
        {
            return null;
        }

        var starts = new int[span.Count(delimiters.Element) + 1];
        var n = 1;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == delimiters.Element)
            {
                starts[n++] = i + 1;
            }
        }

        return new X12Segment(text, starts, id, position, delimiters);
    }

    /// <summary>The segment's identifier when it is two or three capital letters and digits, the first a letter.</summary>
    private static string? IdOf(ReadOnlySpan<char> text, X12Delimiters delimiters)
    {
        var end = text.IndexOf(delimiters.Element);
        var id = end < 0 ? text : text[..end];
        if (id.Length is < 2 or > 3 || !char.IsAsciiLetterUpper(id[0]))
        {
            return null;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        return SegmentIds.Shared(id);
    }
}
