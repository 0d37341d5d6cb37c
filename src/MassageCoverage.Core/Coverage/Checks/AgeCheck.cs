namespace MassageCoverage.Core.Coverage;

/// <summary>An age outside the rule's limits (both inclusive) is a hard limit; an age not given is unknown.</summary>
internal sealed class AgeCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.Age;

    public override bool IsAskedBy(CoverageRule rule) => rule.MinAge is not null || rule.MaxAge is not null;

    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request)
    {
        var limits = (rule.MinAge, rule.MaxAge) switch
        {
            ({ } min, { } max) => $"ages {min} to {max}",
            ({ } min, null) => $"ages {min} and over",
            (null, { } max) => $"ages up to {max}",
            _ => "any age",
        };
        if (request.PatientAge is not { } age)
        {
            return Unknown(
                $"This rule covers massage only for {limits}; we do not know the patient's age.",
                $"Give the patient's age: this rule covers {limits}.");
        }

        if (age < rule.MinAge || age > rule.MaxAge)
        {
            return HardLimit(
                $"This rule covers massage only for {limits}; the patient is {age}.",
                "Ask your insurer whether another benefit covers the patient at this age.");
        }

        return Met($"The patient's age ({age}) is within this rule's limits ({limits}).");
    }
}
