namespace MassageCoverage.Core.Coverage;

internal sealed class LicensedTherapistCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.LicensedTherapist;

    public override bool IsAskedBy(CoverageRule rule) => rule.RequiresLicensedTherapist;

    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request) => request.TherapistLicensed switch
    {
        true => Met("Your therapist is licensed, as this rule needs."),
        false => Unmet(
            "This rule pays only for a state-licensed therapist, and yours is not licensed.",
            "Choose a state-licensed therapist."),
        null => Unknown(
            "This rule pays only for a state-licensed therapist; we do not know whether yours is licensed.",
            "Ask your therapist for their state licence number and check it with the state licensing board."),
    };
}
