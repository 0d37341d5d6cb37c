namespace MassageCoverage.Core.Coverage;

/// <summary>
/// Met only when the patient has a referral and, when the rule sets a validity, it is dated no more than that many
/// days before the as-of date (exactly that many days old still counts).
/// </summary>
internal sealed class ReferralCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.Referral;

    public override bool IsAskedBy(CoverageRule rule) => rule.RequiresReferral;

    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request)
    {
        var validity = rule.ReferralValidDays is { } days ? $" dated no more than {days} days before the visit" : "";
        var getOne = AskForReferral("a referral", validity);
        switch (request.HasReferral)
        {
            case null:
                return Unknown($"This rule needs a referral from a healthcare provider{validity}; we do not know whether you have one.", getOne);
            case false:
                return Unmet($"This rule needs a referral from a healthcare provider{validity}, and you do not have one.", getOne);
        }

        if (rule.ReferralValidDays is not { } validDays)
        {
            return Met("You have a referral, as this rule needs.");
        }

        var checkDate = $"Check the date on your referral: this rule accepts it for {validDays} days.";
        if (request.ReferralDate is not { } date)
        {
            return Unknown($"This rule accepts a referral for {validDays} days; we do not know your referral's date.", checkDate);
        }

        if (date > request.AsOf)
        {
            return Unknown($"Your referral's date is after the date of the visit; this rule accepts a referral for {validDays} days.", checkDate);
        }

        var age = request.AsOf.DayNumber - date.DayNumber;
        return age <= validDays
            ? Met($"Your referral is {age} days old; this rule accepts it for {validDays} days.")
            : Unmet($"Your referral is {age} days old; this rule accepts it for only {validDays} days.", AskForReferral("a new referral", validity));
    }

    // What a prescription states (docs/domain.md section 5), so the patient asks for one the insurer accepts.
    private static string AskForReferral(string what, string validity) =>
        $"Ask your doctor for {what}{validity}: it states the diagnosis and its ICD-10 code, the treatment or CPT code, " +
        "the body areas, and how often and how long (such as 2 times a week for 6 weeks).";
}
