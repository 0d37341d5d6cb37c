namespace MassageCoverage.Core.Eligibility.X12;

/// <summary>
/// The four characters an interchange chooses for itself in its ISA segment (docs/x12-271.md section 1). Nothing
/// outside the ISA may be assumed: trading partners use <c>*</c> or <c>|</c>, <c>~</c> or a line break.
/// </summary>
public sealed record X12Delimiters(char Element, char Repetition, char Component, char Segment);
