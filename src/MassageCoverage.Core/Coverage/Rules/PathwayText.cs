namespace MassageCoverage.Core.Coverage;

/// <summary>
/// How a pathway reads as a headline ("Covered only as part of ..."), shared by the decision's summary and the result
/// page so both say the same words; null for a standalone benefit, which needs no headline of its own.
/// </summary>
public static class PathwayText
{
    public static string? Headline(RulePathway? pathway, string? programName) => pathway switch
    {
        RulePathway.ProgramEnrollment => $"Covered only for people enrolled in {Program(programName)}",
        RulePathway.WithinTherapyPlanOfCare => "Covered only as part of physical or occupational therapy with a plan of care",
        RulePathway.SameDayTherapyAdjunct => "Covered only on a day you also have a physical or occupational therapy visit",
        _ => null,
    };

    /// <summary>"the Complementary and Integrative Health waiver", or words that say a program is named without one.</summary>
    public static string Program(string? programName)
    {
        if (string.IsNullOrWhiteSpace(programName))
        {
            return "the program this rule names";
        }

        var name = programName.Trim();
        return name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name : $"the {name}";
    }
}
