namespace MassageCoverage.Core.Eligibility.X12;

/// <summary>An interchange cut into segments with the separators its ISA chose; nothing checked beyond the syntax.</summary>
/// <param name="LineBreaks">Whether the source put line breaks after its terminators, so a rewritten copy can too.</param>
public sealed record X12Document(X12Delimiters Delimiters, IReadOnlyList<X12Segment> Segments, bool LineBreaks);
