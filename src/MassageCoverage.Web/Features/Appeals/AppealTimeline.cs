using MassageCoverage.Core.Appeals;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Appeals;

/// <summary>Where an appeal stands on the way to a decision, and so which deadline (if any) matters now.</summary>
public enum AppealStage
{
    /// <summary>Not sent yet: the first step's deadline, counted from the notice.</summary>
    FirstAppeal,

    /// <summary>Sent; the plan has not decided. No deadline of the patient's runs.</summary>
    AwaitingDecision,

    /// <summary>The plan kept its denial (in whole or part): the next step's deadline, counted from the decision.</summary>
    NextStep,

    /// <summary>The plan agreed to pay.</summary>
    Approved,
}

/// <summary>
/// The deadline that matters for a denial now, computed from the denial and the deadline data, never stored: a change
/// to the data or to the denial is reflected at once. <see cref="FromShortest"/> marks a patient who could not tell
/// their kind of plan, given the shortest first deadline of any kind until their notice says otherwise.
/// </summary>
public sealed record AppealTimeline(AppealStage Stage, AppealDeadline? Deadline, DateOnly? DueOn, bool FromShortest)
{
    public static AppealTimeline Of(Denial denial, AppealDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(denial);
        ArgumentNullException.ThrowIfNull(deadlines);
        switch (denial.Status)
        {
            case AppealStatus.Decided when denial.Outcome == AppealOutcome.Approved:
                return new(AppealStage.Approved, null, null, false);
            case AppealStatus.Decided when denial.DecidedOn is { } decided:
                var next = deadlines.Next(denial.Route);
                return new(AppealStage.NextStep, next, next?.DueOn(decided), false);
            case AppealStatus.Sent or AppealStatus.Decided:
                return new(AppealStage.AwaitingDecision, null, null, false);
        }

        if (deadlines.First(denial.Route) is { } first)
        {
            return new(AppealStage.FirstAppeal, first, first.DueOn(denial.NoticeDate), false);
        }

        return deadlines.Shortest(denial.NoticeDate) is { } shortest
            ? new(AppealStage.FirstAppeal, shortest.Deadline, shortest.DueOn, true)
            : new(AppealStage.FirstAppeal, null, null, false);
    }
}
