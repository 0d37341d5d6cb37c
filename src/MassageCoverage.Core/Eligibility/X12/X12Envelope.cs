using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MassageCoverage.Core.Eligibility.X12;

/// <summary>
/// Checks the envelopes of an interchange (docs/x12-271.md section 1): ISA ... IEA around GS ... GE groups around
/// ST ... SE transaction sets, each trailer counting what it closes and repeating its header's control number, and every
/// transaction a 271. A file whose counts disagree was cut, spliced or edited by hand: it is refused rather than
/// half-read.
/// </summary>
public static class X12Envelope
{
    public static bool TryRead(
        X12Document document, [NotNullWhen(true)] out IReadOnlyList<X12Transaction>? transactions, [NotNullWhen(false)] out X12Error? error)
    {
        ArgumentNullException.ThrowIfNull(document);
        X12Segment[] segments = [.. document.Segments];
        var found = new List<X12Transaction>(1);
        transactions = null;
        if (segments is not [{ Id: "ISA" }, ..])
        {
            error = new(X12ErrorCode.NoInterchangeHeader, "ISA", 1);
            return false;
        }

        var next = segments[^1].Position + 1;
        var isa = segments[0];
        var i = 1;
        var groups = 0;
        while (i < segments.Length && segments[i].Id == "GS")
        {
            var gs = segments[i];
            if (Missing(gs, 6) is { } noControl)
            {
                error = noControl;
                return false;
            }

            i++;
            var sets = 0;
            while (i < segments.Length && segments[i].Id == "ST")
            {
                error = ReadTransaction(segments, ref i, gs, next, found);
                if (error is not null)
                {
                    return false;
                }

                sets++;
            }

            error = Trailer(segments, i, "GE", next) ?? Count(segments[i], sets) ?? SameNumber(segments[i], gs.Value(6)!, numeric: true);
            if (error is not null)
            {
                return false;
            }

            groups++;
            i++;
        }

        error = Trailer(segments, i, "IEA", next)
            ?? Count(segments[i], groups)
            ?? SameNumber(segments[i], isa.Span(13).Trim().ToString(), numeric: true);
        if (error is null && i + 1 < segments.Length)
        {
            error = new(X12ErrorCode.UnexpectedSegment, segments[i + 1].Id, segments[i + 1].Position);
        }

        if (error is not null)
        {
            return false;
        }

        transactions = found;
        return true;
    }

    private static X12Error? ReadTransaction(X12Segment[] segments, ref int i, X12Segment gs, int next, List<X12Transaction> found)
    {
        var st = segments[i];
        if ((Missing(st, 1) ?? Missing(st, 2)) is { } missing)
        {
            return missing;
        }

        if (!st.Is(1, "271"))
        {
            return new(X12ErrorCode.NotEligibilityResponse, "ST", st.Position, 1);
        }

        var end = i + 1;
        while (end < segments.Length && segments[end].Id is not ("SE" or "ST" or "GE" or "GS" or "IEA" or "ISA"))
        {
            end++;
        }

        if (end == segments.Length || segments[end].Id != "SE")
        {
            return new(X12ErrorCode.MissingSegment, "SE", end == segments.Length ? next : segments[end].Position);
        }

        var se = segments[end];
        var error = Count(se, end - i + 1) ?? SameNumber(se, st.Value(2)!, numeric: false);
        if (error is null)
        {
            found.Add(new X12Transaction(gs.Value(6)!, st.Value(2)!, new ArraySegment<X12Segment>(segments, i, end - i + 1)));
            i = end + 1;
        }

        return error;
    }

    /// <summary>
    /// The trailer <paramref name="id"/> at <paramref name="i"/>, or why it is not there: missing when the file ends or
    /// the next envelope starts, unexpected when something else stands in its place.
    /// </summary>
    private static X12Error? Trailer(X12Segment[] segments, int i, string id, int next)
    {
        if (i == segments.Length)
        {
            return new(X12ErrorCode.MissingSegment, id, next);
        }

        var found = segments[i];
        return found.Id == id ? null
            : found.Id is "IEA" or "GE" or "GS" or "ISA" ? new(X12ErrorCode.MissingSegment, id, found.Position)
            : new(X12ErrorCode.UnexpectedSegment, found.Id, found.Position);
    }

    private static X12Error? Count(X12Segment trailer, int counted)
    {
        if (Missing(trailer, 1) is { } missing)
        {
            return missing;
        }

        if (!int.TryParse(trailer.Span(1), NumberStyles.None, CultureInfo.InvariantCulture, out var stated))
        {
            return new(X12ErrorCode.InvalidValue, trailer.Id, trailer.Position, 1);
        }

        return stated == counted ? null : new(X12ErrorCode.CountMismatch, trailer.Id, trailer.Position, 1, stated, counted);
    }

    /// <summary>
    /// Whether the trailer's second element repeats its header's control number. ISA13 and GS06 are numbers (N0), so
    /// 000000905 and 905 are the same; ST02 is text and must match exactly.
    /// </summary>
    private static X12Error? SameNumber(X12Segment trailer, string header, bool numeric)
    {
        if (Missing(trailer, 2) is { } missing)
        {
            return missing;
        }

        var value = trailer.Span(2).Trim();
        var same = numeric
            && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            && ulong.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var b)
                ? a == b
                : value.SequenceEqual(header);
        return same ? null : new(X12ErrorCode.ControlNumberMismatch, trailer.Id, trailer.Position, 2);
    }

    private static X12Error? Missing(X12Segment segment, int element) =>
        segment.Span(element).Trim().IsEmpty ? new(X12ErrorCode.MissingElement, segment.Id, segment.Position, element) : null;
}
