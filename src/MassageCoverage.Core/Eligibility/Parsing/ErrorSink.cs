using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Eligibility.Parsing;

/// <summary>
/// The first problem met while building the model. Readers note a problem and go on with a null value, so building
/// code reads straight through; the caller looks once at the end and reports the first.
/// </summary>
internal sealed class ErrorSink
{
    public X12Error? First { get; private set; }

    public void Add(X12Error error) => First ??= error;

    public void Add(X12ErrorCode code, X12Segment segment, int? element = null) => Add(new X12Error(code, segment.Id, segment.Position, element));
}
