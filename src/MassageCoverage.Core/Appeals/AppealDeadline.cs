namespace MassageCoverage.Core.Appeals;

/// <summary>
/// One deadline as the regulation states it: so many calendar days (or months) from the notice or the plan's decision.
/// <see cref="AtMost"/> marks an upper bound the state may shorten (Medicaid fee-for-service fair hearings).
/// </summary>
public sealed record AppealDeadline(
    AppealRoute Route, AppealStep Step, int Days, int Months, DeadlineStart From, bool AtMost, string Source, Uri Url)
{
    /// <summary>The last day to act, counted from the start date in calendar days or months (a month end clamps: 31 Oct + 4 months = 28 Feb).</summary>
    public DateOnly DueOn(DateOnly start) => Months > 0 ? start.AddMonths(Months) : start.AddDays(Days);
}

/// <summary>
/// The deadlines, read as data (docs/data/appeal-deadlines.json): the first step of each route counted from the denial
/// notice, and the next step counted from the plan's decision. A route without a known deadline gets none: the app
/// then says the notice holds it, never a guess.
/// </summary>
public sealed class AppealDeadlines
{
    private readonly AppealDeadline[] _all;

    public AppealDeadlines(IEnumerable<AppealDeadline> deadlines)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        _all = [.. deadlines];
        foreach (var group in _all.GroupBy(d => (d.Route, d.From)))
        {
            if (group.Count() > 1)
            {
                throw new ArgumentException($"Two deadlines for {group.Key.Route} from the {group.Key.From}.", nameof(deadlines));
            }
        }

        if (_all.Any(d => d.Route == AppealRoute.NotSure || (d.Days <= 0) == (d.Months <= 0)))
        {
            throw new ArgumentException("Each deadline names a kind of plan and either days or months.", nameof(deadlines));
        }
    }

    public IReadOnlyList<AppealDeadline> All => _all;

    /// <summary>The first step after a denial: the plan's own appeal (or the fair hearing, for fee-for-service Medicaid).</summary>
    public AppealDeadline? First(AppealRoute route) => Find(route, DeadlineStart.DenialNotice);

    /// <summary>The step after the plan upheld its denial on appeal, when there is one the regulations time.</summary>
    public AppealDeadline? Next(AppealRoute route) => Find(route, DeadlineStart.PlanDecision);

    /// <summary>
    /// The earliest first-step deadline of any kind of plan for a notice of this date: what a patient who cannot tell
    /// their kind of plan should aim for until the notice says otherwise.
    /// </summary>
    public (AppealDeadline Deadline, DateOnly DueOn)? Shortest(DateOnly notice) =>
        _all.Where(d => d.From == DeadlineStart.DenialNotice)
            .Select(d => (Deadline: d, DueOn: d.DueOn(notice)))
            .OrderBy(d => d.DueOn)
            .Cast<(AppealDeadline, DateOnly)?>()
            .FirstOrDefault();

    private AppealDeadline? Find(AppealRoute route, DeadlineStart from) =>
        Array.Find(_all, d => d.Route == route && d.From == from);
}
