using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Eligibility.Parsing;

/// <summary>The segments that stand in several loops, read into the model: NM1, AAA, REF, DTP, HSD, MSG.</summary>
internal static class Segments
{
    public static EntityName Name(X12Segment nm1, ErrorSink errors) =>
        new(Elements.Required(nm1, 1, errors), nm1.Value(3), nm1.Value(4), nm1.Value(5), nm1.Value(8), nm1.Value(9));

    public static Rejection Rejection(X12Segment aaa, string loop, ErrorSink errors) =>
        new(loop, Elements.YesNo(aaa, 1, errors), aaa.Value(3), aaa.Value(4));

    public static Reference Reference(X12Segment segment, ErrorSink errors) =>
        new(Elements.Required(segment, 1, errors), segment.Value(2), segment.Value(3));

    public static ServiceDelivery Delivery(X12Segment hsd, ErrorSink errors) =>
        new(hsd.Value(1), Elements.Decimal(hsd, 2, errors), hsd.Value(3), Elements.Decimal(hsd, 4, errors), hsd.Value(5),
            Elements.Count(hsd, 6, errors), hsd.Value(7), hsd.Value(8));

    public static string Message(X12Segment msg, ErrorSink errors) => Elements.Required(msg, 1, errors);

    /// <summary>DTP: D8 is one day, RD8 a range CCYYMMDD-CCYYMMDD; a date that is not one in those formats is an error.</summary>
    public static BenefitDate Date(X12Segment dtp, ErrorSink errors)
    {
        var qualifier = Elements.Required(dtp, 1, errors);
        var format = dtp.Value(2);
        var text = dtp.Span(3);
        DateOnly? start = null;
        DateOnly? end = null;
        if (format == "D8")
        {
            start = end = Elements.Date8(text);
        }
        else if (format == "RD8" && text.IndexOf('-') is 8)
        {
            start = Elements.Date8(text[..8]);
            end = Elements.Date8(text[9..]);
        }

        if (format is "D8" or "RD8" && (start is null || end is null || end < start))
        {
            errors.Add(X12ErrorCode.InvalidValue, dtp, 3);
        }

        return new BenefitDate(qualifier, format, dtp.Value(3), start, end);
    }
}
