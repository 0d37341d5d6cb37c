namespace MassageCoverage.Core.Eligibility;

/// <summary>
/// An AAA segment: the payer could not answer part of the inquiry (docs/x12-271.md section 2). Where it stands says
/// what it rejects: the whole inquiry (2000A/2100A), the provider (2100B), the member (2100C/2100D) or one benefit
/// (2110C/2110D).
/// </summary>
/// <param name="Loop">The loop it was found in: 2000A, 2100A, 2000B, 2100B, 2000C, 2100C, 2110C, 2000D, 2100D or 2110D.</param>
/// <param name="RequestValid">AAA01: Y the request was valid, N it was not; null when absent.</param>
/// <param name="ReasonCode">AAA03 as sent; <see cref="Reason"/> is its meaning.</param>
/// <param name="FollowUpCode">AAA04 as sent; <see cref="FollowUp"/> is its meaning.</param>
public sealed record Rejection(string Loop, bool? RequestValid, string? ReasonCode, string? FollowUpCode)
{
    public RejectReason Reason => RejectionCodes.Reason(ReasonCode);

    public FollowUpAction? FollowUp => FollowUpCode is null ? null : RejectionCodes.FollowUp(FollowUpCode);
}
