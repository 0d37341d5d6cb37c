using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Consoles;

/// <summary>One line of a console's work queue: how many things need doing and where the list of them is.</summary>
/// <param name="Id">The HTML id of the line, so a test and a screen reader's list navigation can find it.</param>
public sealed record QueueItem(string Id, int Count, string Words, string Href);

/// <summary>The counts behind the /staff and /admin landing pages, read from the database at the clinic's today.</summary>
public sealed class ConsoleWork(CoverageDbContext db, ClinicClock clock)
{
    public DateOnly Today => clock.Today;

    public async Task<IReadOnlyList<QueueItem>> PlansAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var plans = await db.Plans.AsNoTracking().Include(p => p.Rules).ToListAsync(cancellationToken);
        return
        [
            new("queue-stale", plans.Count(p => RuleQueues.IsStale(p.Rules, today)), "plans whose rule was not verified in the last 12 months", "/staff/plans?stale=true"),
            new("queue-no-rule", plans.Count(p => RuleQueues.HasNoRuleToday(p.Rules, today)), "plans with no rule in effect today", "/staff/plans?noRule=true"),
            new("queue-ending", plans.Count(p => RuleQueues.IsEnding(p.Rules, today)), $"plans whose rule ends within {RuleQueues.EndingWithinDays} days with no version after it", "/staff/plans?ending=true"),
        ];
    }

    /// <summary>Each state that needs an admin, with why; a state is listed once with every reason.</summary>
    public async Task<IReadOnlyList<StateWork>> StatesAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var states = await db.MedicaidStatePrograms.AsNoTracking().Include(s => s.Rules).OrderBy(s => s.StateName)
            .ToListAsync(cancellationToken);
        return [.. states.Select(s => StateWork.Of(s, today)).Where(w => w.Reasons.Count > 0)];
    }
}

/// <summary>A state on the admin's queue and every reason it is there, in words.</summary>
public sealed record StateWork(string Code, string Name, IReadOnlyList<string> Reasons)
{
    public const string Unknown = "coverage unknown";
    public const string StaleCriteria = "criteria not verified in the last 12 months";
    public const string StaleRule = "rule not verified in the last 12 months";
    public const string NoRule = "no rule in effect today";
    public const string Ending = "rule ends within";

    public static StateWork Of(MedicaidStateProgram state, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        var reasons = new List<string>();
        if (state.CoverageForm == Core.Medicaid.CoverageForm.Unknown)
        {
            reasons.Add(Unknown);
        }

        if (state.LastVerified is { } verified && verified < today.AddMonths(-12))
        {
            reasons.Add(StaleCriteria);
        }

        if (state.Rules.Count > 0)
        {
            if (RuleQueues.IsStale(state.Rules, today))
            {
                reasons.Add(StaleRule);
            }

            if (RuleQueues.HasNoRuleToday(state.Rules, today))
            {
                reasons.Add(NoRule);
            }

            if (RuleQueues.IsEnding(state.Rules, today))
            {
                reasons.Add($"{Ending} {RuleQueues.EndingWithinDays} days");
            }
        }

        return new StateWork(state.StateCode, state.StateName, reasons);
    }
}
