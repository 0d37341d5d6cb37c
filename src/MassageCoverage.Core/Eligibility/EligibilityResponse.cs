using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Eligibility;

/// <summary>A 271 interchange read and checked: its transactions, and the segments it was read from.</summary>
public sealed record EligibilityResponse(X12Document Document, string InterchangeControlNumber, IReadOnlyList<EligibilityTransaction> Transactions);
