namespace MassageCoverage.Core.Coverage;

/// <summary>
/// Met only when the patient has a referral and, when the rule sets a validity, it is dated no more than that many
/// days before the as-of date (exactly that many days old still counts).
/// </summary>
internal sealed class ReferralCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.Referral;

    public override bool IsAskedBy(RuleTerms rule) => rule.RequiresReferral;

    public override RequirementOutcome Check(RuleTerms rule, CoverageRequest request)
    {
        switch (request.HasReferral)
        {
            case null:
                return Unknown(Finding.ReferralUnknown);
            case false:
                return Unmet(Finding.NoReferral);
        }

        if (rule.ReferralValidDays is not { } validDays)
        {
            return Met(Finding.ReferralHeld);
        }

        if (request.ReferralDate is not { } date)
        {
            return Unknown(Finding.ReferralDateUnknown);
        }

        if (date > request.AsOf)
        {
            return Unknown(Finding.ReferralDatedAfterVisit);
        }

        var age = request.AsOf.DayNumber - date.DayNumber;
        return age <= validDays ? Met(Finding.ReferralValid, age) : Unmet(Finding.ReferralExpired, age);
    }
}
