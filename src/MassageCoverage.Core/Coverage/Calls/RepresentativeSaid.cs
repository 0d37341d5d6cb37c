namespace MassageCoverage.Core.Coverage.Calls;

/// <summary>
/// What an insurer's representative said on a call, in the terms a rule has (docs/domain.md section 1, step 4): null
/// is "not asked". It is what the patient was told, not a finding: it never changes a check's answer.
/// </summary>
public sealed record RepresentativeSaid(bool? Covered, int? VisitsPerYear, bool? ReferralNeeded, bool? PriorAuthorizationNeeded)
{
    public static RepresentativeSaid Nothing { get; } = new(null, null, null, null);

    public bool IsEmpty => Covered is null && VisitsPerYear is null && ReferralNeeded is null && PriorAuthorizationNeeded is null;
}
