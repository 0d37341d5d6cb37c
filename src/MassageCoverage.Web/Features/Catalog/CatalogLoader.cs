using System.Data;
using System.Diagnostics;
using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>
/// Reads every plan, state and rule and builds the immutable snapshot from them: the engine's catalog, the plan search
/// and the public table's rows, all from the one read, so they never disagree. The read is one repeatable-read
/// transaction, so the snapshot's revision is exactly that of its rows. Rows are streamed and each becomes its
/// snapshot entry at once: at 100,000 plans, holding every entity and then building the snapshot beside them took
/// over three times the snapshot's own memory, which the process then kept.
/// </summary>
public static class CatalogLoader
{
    /// <summary>Where a load's time went, for its log line: the database read, the engine's catalog, the plan search.</summary>
    public readonly record struct Times(TimeSpan Read, TimeSpan Catalog, TimeSpan Index);

    public static async Task<long> ReadRevisionAsync(CoverageDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<long>($"SELECT revision AS \"Value\" FROM catalog_revision WHERE id = 1")
            .SingleAsync(cancellationToken);

    public static async Task<(CatalogSnapshot Snapshot, Times Times)> LoadAsync(CoverageDbContext db, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var revision = await ReadRevisionAsync(db, cancellationToken);
        var insurers = await db.Insurers.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);

        var planRules = new Dictionary<long, List<CoverageRule>>();
        var stateRules = new Dictionary<string, List<CoverageRule>>(StringComparer.OrdinalIgnoreCase);
        var medicare = new List<CoverageRule>();
        // The terms as the database stores them: identical terms (plans of one insurer often share a policy) are read
        // once and shared by every version that has them, their lists and strings with them.
        var termsByJson = new Dictionary<string, RuleTerms>(StringComparer.Ordinal);
        var versions = db.Database.SqlQuery<RuleRow>($"""
            SELECT "Id", "OwnerKind", "PlanId", "StateCode", "EffectiveFrom", "EffectiveTo", "Terms"::text AS "Terms"
            FROM coverage_rules ORDER BY "EffectiveFrom", "Id"
            """).AsAsyncEnumerable();
        await foreach (var version in versions.WithCancellation(cancellationToken))
        {
            if (!termsByJson.TryGetValue(version.Terms, out var terms))
            {
                terms = RuleTermsJson.Read(version.Terms);
                termsByJson[version.Terms] = terms;
            }

            var rule = new CoverageRule(version.Id, version.EffectiveFrom, version.EffectiveTo, terms);
            switch (Enum.Parse<RuleOwnerKind>(version.OwnerKind))
            {
                case RuleOwnerKind.Plan when version.PlanId is { } planId:
                    RulesOf(planRules, planId).Add(rule);
                    break;
                case RuleOwnerKind.Medicaid when version.StateCode is { } state:
                    RulesOf(stateRules, state).Add(rule);
                    break;
                case RuleOwnerKind.Medicare:
                    medicare.Add(rule);
                    break;
            }
        }

        var plans = new List<PlanEntry>();
        await foreach (var p in db.Plans.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            plans.Add(new PlanEntry(p.Code, insurers[p.InsurerId], p.Name, p.PlanType, States(p.States), p.NetworkType,
                planRules.TryGetValue(p.Id, out var rules) ? [.. rules] : []));
        }

        var states = await db.MedicaidStatePrograms.AsNoTracking().ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var read = Stopwatch.GetTimestamp();

        var catalog = new CoverageCatalog(
            plans,
            states.Select(s => new MedicaidEntry(
                s.StateCode, s.Program ?? $"{s.StateName} Medicaid", s.CoverageForm, s.Populations, s.Note,
                stateRules.TryGetValue(s.StateCode, out var rules) ? [.. rules] : [], s.Source, s.LastVerified)),
            medicare.Count == 0 ? null : new MedicareEntry([.. medicare]));
        MedicaidStateRow[] rows =
        [
            .. states.OrderBy(s => s.StateName, StringComparer.Ordinal).Select(s => new MedicaidStateRow(
                s.StateCode, s.StateName, s.Program, s.Populations, s.Note, s.Source, s.LastVerified)),
        ];
        var built = Stopwatch.GetTimestamp();
        var index = new PlanIndex(catalog.Plans);
        var indexed = Stopwatch.GetTimestamp();
        return (new CatalogSnapshot(revision, catalog, index, rows), new Times(
            Stopwatch.GetElapsedTime(started, read),
            Stopwatch.GetElapsedTime(read, built),
            Stopwatch.GetElapsedTime(built, indexed)));
    }

    /// <summary>A row of coverage_rules with its terms as stored (jsonb, as text).</summary>
    private sealed class RuleRow
    {
        public long Id { get; init; }
        public required string OwnerKind { get; init; }
        public long? PlanId { get; init; }
        public string? StateCode { get; init; }
        public DateOnly EffectiveFrom { get; init; }
        public DateOnly? EffectiveTo { get; init; }
        public required string Terms { get; init; }
    }

    private static List<CoverageRule> RulesOf<TKey>(Dictionary<TKey, List<CoverageRule>> rules, TKey owner)
        where TKey : notnull
    {
        if (!rules.TryGetValue(owner, out var list))
        {
            list = new List<CoverageRule>(2);
            rules[owner] = list;
        }

        return list;
    }

    /// <summary>
    /// A plan's states as the shared codes of <see cref="UsStates"/>: every row would otherwise hold its own copy of
    /// each code.
    /// </summary>
    private static string[] States(List<string> codes)
    {
        var states = new string[codes.Count];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = UsStates.Find(codes[i]) is { } state && state.Code == codes[i] ? state.Code : codes[i];
        }

        return states;
    }
}
