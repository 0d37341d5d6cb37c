namespace MassageCoverage.Core.Eligibility.X12;

/// <summary>One transaction set of an interchange whose envelope was checked: its segments from ST to SE inclusive.</summary>
public sealed record X12Transaction(string GroupControlNumber, string ControlNumber, IReadOnlyList<X12Segment> Segments);
