using System.Globalization;

namespace MassageCoverage.Core.Coverage;

/// <summary>
/// A rule that pays for sessions up to a length (docs/domain.md section 5: sessions limited to 15-30 minutes). A
/// longer session is unmet even when its units come out equal (31 minutes against 30 is still 2 units): the rule
/// names minutes. It is not a hard limit: the visit is still paid up to the maximum, so the answer is conditional.
/// </summary>
internal sealed class SessionLengthCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.SessionLength;

    public override bool IsAskedBy(CoverageRule rule) => rule.MaxMinutesPerVisit is not null;

    /// <summary>
    /// The units of the planned session and the units paid, when both the maximum and the planned minutes are known
    /// and positive; null otherwise, so the engine never reports units it had to guess.
    /// </summary>
    public static SessionUnits? UnitsFor(CoverageRule rule, CoverageRequest request)
    {
        if (rule.MaxMinutesPerVisit is not { } max || request.PlannedMinutes is not { } planned || planned < 1)
        {
            return null;
        }

        var plannedUnits = TimedUnits.Of(planned, rule.UnitRule);
        return new(plannedUnits, Math.Min(plannedUnits, TimedUnits.Of(max, rule.UnitRule)), rule.UnitRule);
    }

    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request)
    {
        var max = rule.MaxMinutesPerVisit ?? 0;
        var maxUnits = TimedUnits.Of(max, rule.UnitRule);
        var limit = $"{max} minutes a visit ({Units(maxUnits)} by {TimedUnits.Label(rule.UnitRule)})";
        if (request.PlannedMinutes is not { } planned || planned < 1)
        {
            return Unknown(
                $"This rule pays for sessions of up to {limit}; we do not know how long yours will be.",
                $"Ask your therapist how long the session will be: this rule pays for up to {max} minutes.");
        }

        if (planned <= max)
        {
            return Met($"Your {planned}-minute session is within the {limit} this rule pays for.");
        }

        var units = UnitsFor(rule, request)!;
        return Unmet(
            $"This rule pays for up to {limit}; of your {planned}-minute session it covers {Units(units.Covered)}, "
                + $"and {planned - max} minutes are not covered.",
            $"Plan a session of {max} minutes or less, or ask your therapist what the {planned - max} minutes not covered will cost you.");
    }

    private static string Units(int count) =>
        count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " unit" : " units");
}
