using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Eligibility;

/// <summary>A 271 interchange read and checked: its transactions, and the segments it was read from for <see cref="Redacted"/>.</summary>
public sealed record EligibilityResponse(X12Document Document, string InterchangeControlNumber, IReadOnlyList<EligibilityTransaction> Transactions)
{
    /// <summary>The interchange's text with member names, identifiers, addresses and birth dates replaced (<see cref="X12Redactor"/>).</summary>
    public string Redacted() => X12Redactor.Redact(Document);
}
