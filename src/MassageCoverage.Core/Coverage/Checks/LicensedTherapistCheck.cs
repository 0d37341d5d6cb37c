namespace MassageCoverage.Core.Coverage;

internal sealed class LicensedTherapistCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.LicensedTherapist;

    public override bool IsAskedBy(RuleTerms rule) => rule.RequiresLicensedTherapist;

    public override RequirementOutcome Check(RuleTerms rule, CoverageRequest request) => request.TherapistLicensed switch
    {
        true => Met(Finding.Licensed),
        false => Unmet(Finding.NotLicensed),
        null => Unknown(Finding.LicenceUnknown),
    };
}
