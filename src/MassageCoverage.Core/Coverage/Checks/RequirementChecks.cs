namespace MassageCoverage.Core.Coverage;

/// <summary>The checks of steps 2 to 4, in the order the decision lists their requirements.</summary>
internal static class RequirementChecks
{
    /// <summary>Step 2, asked by every rule and made before the others.</summary>
    public static CoverageCheck ServiceCode { get; } = new ServiceCodeCheck();

    // In the order of the patient's journey (docs/domain.md section 1); the decision lists requirements in this order.
    // The pathway comes first (who may be paid for at all: program, therapy plan of care, same-day therapy), the
    // session's length beside the visit cap at the end (the plan's cap on sessions: count and length).
    private static readonly CoverageCheck[] _all =
    [
        new ProgramEnrollmentCheck(), new ProviderTypeCheck(), new PlanOfCareCheck(), new SameDayTherapyCheck(),
        new ReferralCheck(), new DiagnosisCheck(), new LicensedTherapistCheck(), new InNetworkCheck(),
        new PriorAuthorizationCheck(), new AgeCheck(), new SessionLengthCheck(), new VisitLimitCheck(),
    ];

    /// <summary>Steps 3 and 4, each check at the bit of its place in this list.</summary>
    public static ReadOnlySpan<CoverageCheck> All => _all;

    /// <summary>
    /// The checks <paramref name="rule"/> asks for, one bit each; worked out once per prepared rule so an evaluation
    /// does not ask every check again.
    /// </summary>
    public static int AskedBy(RuleTerms rule)
    {
        var asked = 0;
        for (var i = 0; i < _all.Length; i++)
        {
            asked |= _all[i].IsAskedBy(rule) ? 1 << i : 0;
        }

        return asked;
    }
}
