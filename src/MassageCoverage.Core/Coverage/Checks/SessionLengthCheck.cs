namespace MassageCoverage.Core.Coverage;

/// <summary>
/// A rule that pays for sessions up to a length (docs/domain.md section 5: sessions limited to 15-30 minutes). A
/// longer session is unmet even when its units come out equal (31 minutes against 30 is still 2 units): the rule
/// names minutes. It is not a hard limit: the visit is still paid up to the maximum, so the answer is conditional.
/// </summary>
internal sealed class SessionLengthCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.SessionLength;

    public override bool IsAskedBy(RuleTerms rule) => rule.MaxMinutesPerVisit is not null;

    /// <summary>
    /// The units of the planned session and the units paid, when both the maximum and the planned minutes are known
    /// and positive; null otherwise, so the engine never reports units it had to guess.
    /// </summary>
    public static SessionUnits? UnitsFor(RuleTerms rule, CoverageRequest request)
    {
        if (rule.MaxMinutesPerVisit is not { } max || request.PlannedMinutes is not { } planned || planned < 1)
        {
            return null;
        }

        var plannedUnits = TimedUnits.Of(planned, rule.UnitRule);
        return new(plannedUnits, CoveredUnits(plannedUnits, max, rule.UnitRule), rule.UnitRule);
    }

    public override RequirementOutcome Check(RuleTerms rule, CoverageRequest request)
    {
        var max = rule.MaxMinutesPerVisit ?? 0;
        if (request.PlannedMinutes is not { } planned || planned < 1)
        {
            return Unknown(Finding.SessionLengthUnknown);
        }

        return planned <= max
            ? Met(Finding.SessionWithinLimit, planned)
            : Unmet(Finding.SessionTooLong, CoveredUnits(TimedUnits.Of(planned, rule.UnitRule), max, rule.UnitRule));
    }

    private static int CoveredUnits(int plannedUnits, int max, UnitRule rule) => Math.Min(plannedUnits, TimedUnits.Of(max, rule));
}
