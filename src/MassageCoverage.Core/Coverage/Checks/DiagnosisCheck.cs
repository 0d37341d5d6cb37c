namespace MassageCoverage.Core.Coverage;

/// <summary>
/// Diagnoses given and none matching the rule's prefixes is a hard limit (step 3); none given is unknown (step 4).
/// One matching diagnosis is enough. Both sides are compared normalised: M54.50 matches the prefix m54.5.
/// </summary>
internal sealed class DiagnosisCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.Diagnosis;

    public override bool IsAskedBy(RuleTerms rule) => rule.CoveredDiagnosisPrefixes.Count > 0;

    public override RequirementOutcome Check(RuleTerms rule, CoverageRequest request)
    {
        if (request.DiagnosisCodes.Count == 0)
        {
            return Unknown(Finding.DiagnosisUnknown);
        }

        // Loops, not LINQ: this runs on every evaluation, and codes and prefixes are compared without normalising copies.
        for (var i = 0; i < request.DiagnosisCodes.Count; i++)
        {
            for (var j = 0; j < rule.CoveredDiagnosisPrefixes.Count; j++)
            {
                if (IcdCode.StartsWith(request.DiagnosisCodes[i], rule.CoveredDiagnosisPrefixes[j]))
                {
                    return Met(Finding.DiagnosisCovered, i);
                }
            }
        }

        return HardLimit(Finding.DiagnosisNotCovered);
    }
}
