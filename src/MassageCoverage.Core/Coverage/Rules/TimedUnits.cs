namespace MassageCoverage.Core.Coverage;

/// <summary>
/// Minutes of one timed code (15-minute units, such as 97124) as billable units, by either unit rule
/// (docs/domain.md section 2). The two rules differ only when several timed codes share a visit: the CMS rule adds
/// the minutes of all timed codes first, the CPT rule counts each code on its own. For a single code they agree, and
/// the engine only ever counts a single code.
/// </summary>
public static class TimedUnits
{
    /// <summary>Fewer than 8 minutes (none included) bill no unit under either rule.</summary>
    public const int MinimumMinutes = 8;

    private const int UnitMinutes = 15;

    /// <summary>Units of <paramref name="minutes"/> under <paramref name="rule"/>.</summary>
    public static int Of(int minutes, UnitRule rule) => rule switch
    {
        UnitRule.CptMidpoint => CptMidpoint(minutes),
        _ => CmsEightMinute(minutes),
    };

    /// <summary>
    /// The Medicare 8-minute rule: under 8 minutes none; 8-22 = 1, 23-37 = 2, 38-52 = 3, 53-67 = 4, then one more unit
    /// every 15 minutes, which is (minutes + 7) / 15 [CMS Claims Processing Manual 100-04 ch.5 s20.2].
    /// </summary>
    public static int CmsEightMinute(int minutes) => minutes < MinimumMinutes ? 0 : (minutes + 7) / UnitMinutes;

    /// <summary>
    /// The CPT midpoint rule for one code: each full 15 minutes is a unit, and the last part-unit counts once its
    /// midpoint (8 minutes) is passed; under 8 minutes nothing is billed.
    /// </summary>
    public static int CptMidpoint(int minutes)
    {
        if (minutes < MinimumMinutes)
        {
            return 0;
        }

        var full = minutes / UnitMinutes;
        return minutes % UnitMinutes >= MinimumMinutes ? full + 1 : full;
    }
}
