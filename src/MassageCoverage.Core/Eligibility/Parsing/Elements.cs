using System.Globalization;
using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Eligibility.Parsing;

/// <summary>Typed reads of an element (docs/x12-271.md section 3): an absent element is null, a malformed one an error.</summary>
internal static class Elements
{
    // X12's R type: an optional minus, digits, an optional decimal point (and, from 4010, an exponent).
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static string Required(X12Segment segment, int element, ErrorSink errors)
    {
        var value = segment.Value(element);
        if (value is null)
        {
            errors.Add(X12ErrorCode.MissingElement, segment, element);
        }

        return value ?? "";
    }

    public static decimal? Decimal(X12Segment segment, int element, ErrorSink errors)
    {
        var span = segment.Span(element);
        if (span.IsEmpty)
        {
            return null;
        }

        if (decimal.TryParse(span, DecimalStyle, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(X12ErrorCode.InvalidValue, segment, element);
        return null;
    }

    /// <summary>An N0 number: digits only.</summary>
    public static int? Count(X12Segment segment, int element, ErrorSink errors)
    {
        var span = segment.Span(element);
        if (span.IsEmpty)
        {
            return null;
        }

        if (int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(X12ErrorCode.InvalidValue, segment, element);
        return null;
    }

    /// <summary>Y true, N false; U (unknown) and absent are null.</summary>
    public static bool? YesNo(X12Segment segment, int element, ErrorSink errors)
    {
        switch (segment.Span(element))
        {
            case "Y":
                return true;
            case "N":
                return false;
            case "U" or "":
                return null;
            default:
                errors.Add(X12ErrorCode.InvalidValue, segment, element);
                return null;
        }
    }

    public static NetworkIndicator Network(X12Segment segment, int element, ErrorSink errors)
    {
        switch (segment.Span(element))
        {
            case "":
                return NetworkIndicator.NotStated;
            case "Y":
                return NetworkIndicator.InNetwork;
            case "N":
                return NetworkIndicator.OutOfNetwork;
            case "W":
                return NetworkIndicator.NotApplicable;
            case "U":
                return NetworkIndicator.Unknown;
            default:
                errors.Add(X12ErrorCode.InvalidValue, segment, element);
                return NetworkIndicator.NotStated;
        }
    }

    /// <summary>A CCYYMMDD date (format D8), or null when <paramref name="text"/> is not one.</summary>
    public static DateOnly? Date8(ReadOnlySpan<char> text) =>
        text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
