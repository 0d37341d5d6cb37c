namespace MassageCoverage.Core.Coverage;

/// <summary>
/// Diagnoses given and none matching the rule's prefixes is a hard limit (step 3); none given is unknown (step 4).
/// One matching diagnosis is enough. Both sides are compared normalised: M54.50 matches the prefix m54.5.
/// </summary>
internal sealed class DiagnosisCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.Diagnosis;

    public override bool IsAskedBy(CoverageRule rule) => rule.CoveredDiagnosisPrefixes.Count > 0;

    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request)
    {
        var prefixes = rule.CoveredDiagnosisPrefixes.Select(IcdCode.Normalise).ToList();
        var covered = $"diagnosis codes starting with {string.Join(", ", prefixes.Select(IcdCode.Format))}";
        if (request.DiagnosisCodes.Count == 0)
        {
            return Unknown(
                $"This rule covers massage only for {covered}; we do not know the diagnosis.",
                $"Ask your provider to document the diagnosis that makes massage medically necessary, with its ICD-10 code (this rule covers {covered}).");
        }

        var codes = request.DiagnosisCodes.Select(IcdCode.Normalise).ToList();
        var match = codes.FirstOrDefault(c => prefixes.Any(p => c.StartsWith(p, StringComparison.Ordinal)));
        if (match is not null)
        {
            return Met($"The diagnosis {IcdCode.Format(match)} is one this rule covers.");
        }

        return HardLimit(
            $"This rule covers massage only for {covered}; {string.Join(", ", codes.Select(IcdCode.Format))} is not among them.",
            "Ask your provider whether another documented diagnosis applies.");
    }
}
