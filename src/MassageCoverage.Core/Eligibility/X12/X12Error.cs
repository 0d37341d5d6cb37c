namespace MassageCoverage.Core.Eligibility.X12;

/// <summary>
/// Where and why an interchange could not be read. It carries positions and counts, never an element's value: a 271
/// holds health information and this error may be logged and shown to staff.
/// </summary>
/// <param name="SegmentId">
/// The segment found (ISA, EB), or for <see cref="X12ErrorCode.MissingSegment"/> the one expected; empty for an
/// identifier that is not one (<see cref="X12ErrorCode.InvalidSegmentId"/>).
/// </param>
/// <param name="Segment">The segment's number in the interchange, 1-based, ISA being 1.</param>
/// <param name="Element">The element's number in its segment, 1-based (EB03 is 3), where one element is at fault.</param>
/// <param name="Stated">For <see cref="X12ErrorCode.CountMismatch"/>, the count the trailer states.</param>
/// <param name="Counted">For <see cref="X12ErrorCode.CountMismatch"/>, the count the envelope holds.</param>
public sealed record X12Error(X12ErrorCode Code, string SegmentId, int Segment, int? Element = null, int? Stated = null, int? Counted = null)
{
    public override string ToString() =>
        $"{Code} at {SegmentId}{(Element is { } e ? e.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : "")} (segment {Segment})" +
        (Stated is { } s ? $": states {s}, counted {Counted}" : "");
}
