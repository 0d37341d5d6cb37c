using MassageCoverage.Web.Features.Records;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using MassageCoverage.Web.Features.Catalog.Editing;
using MassageCoverage.Web.Features.Discrepancies;
using MassageCoverage.Web.Features.Consoles;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Staff.Plans;

/// <summary>Every plan, filtered on the server by a plain GET form so it works without JavaScript.</summary>
public class IndexModel(CoverageDbContext db, ClinicClock clock, DiscrepancyReports discrepancies) : StaffPageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Insurer { get; set; }
    [BindProperty(SupportsGet = true)] public PlanType? PlanType { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public bool Stale { get; set; }
    [BindProperty(SupportsGet = true)] public bool NoRule { get; set; }
    [BindProperty(SupportsGet = true)] public bool Ending { get; set; }

    public IReadOnlyList<string> Insurers { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>Patients' reports of a call that contradicted a rule, not yet resolved.</summary>
    public int OpenDiscrepancies { get; private set; }

    public sealed record Row(Plan Plan, RuleVersion? Current, bool IsStale, bool HasNoRule, bool IsEnding);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        Insurers = await db.Insurers.OrderBy(i => i.Name).Select(i => i.Name).ToListAsync(cancellationToken);
        var query = db.Plans.AsNoTracking().Include(p => p.Insurer).Include(p => p.Rules).AsSplitQuery();
        foreach (var word in (Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pattern = $"%{word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            query = query.Where(p => EF.Functions.ILike(p.Name, pattern) || EF.Functions.ILike(p.Insurer.Name, pattern));
        }

        if (!string.IsNullOrWhiteSpace(Insurer))
        {
            query = query.Where(p => p.Insurer.Name == Insurer);
        }

        if (PlanType is { } type)
        {
            query = query.Where(p => p.PlanType == type);
        }

        if (!string.IsNullOrWhiteSpace(State))
        {
            var state = State.Trim().ToUpperInvariant();
            query = query.Where(p => p.States.Contains(state));
        }

        var plans = await query.OrderBy(p => p.Insurer.Name).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        Rows = [.. plans.Select(p => ToRow(p, today))
            .Where(r => (!Stale || r.IsStale) && (!NoRule || r.HasNoRule) && (!Ending || r.IsEnding))];
        OpenDiscrepancies = await discrepancies.OpenCountAsync(cancellationToken);
    }

    private static Row ToRow(Plan plan, DateOnly today) =>
        new(plan, RuleVersionsOf.Current(plan.Rules, today), RuleQueues.IsStale(plan.Rules, today),
            RuleQueues.HasNoRuleToday(plan.Rules, today), RuleQueues.IsEnding(plan.Rules, today));
}
