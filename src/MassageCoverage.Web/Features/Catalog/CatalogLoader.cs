using System.Data;
using System.Diagnostics;
using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>
/// Builds the immutable snapshot: the engine's catalog, the plan search and the public table's rows, all from one
/// read, so they never disagree. The read is one repeatable-read transaction, so the snapshot's revision is exactly
/// that of its rows.
/// <list type="bullet">
/// <item>Whole: every plan, state and rule. Rows are streamed and each becomes its snapshot entry at once: at 100,000
/// plans, holding every entity and then building the snapshot beside them took over three times the snapshot's own
/// memory, which the process then kept.</item>
/// <item>From the snapshot in memory: each catalog row carries the revision that last wrote it (and
/// <c>catalog_plan_changes</c> the plans whose rows went), so only the plans changed since are read, with the states
/// and Medicare (a few hundred rows), and laid over the snapshot; every other plan stays the same entry. Up to
/// <see cref="MostChangedPlans"/> plans: past that, or when the snapshot is older than the changes the database keeps,
/// or after a TRUNCATE, the snapshot is read whole.</item>
/// </list>
/// </summary>
public static class CatalogLoader
{
    /// <summary>The most changed plans read from the snapshot in memory; a larger change reads everything.</summary>
    public const int MostChangedPlans = 2_000;

    /// <summary>
    /// Where a load's time went, for its log line: the database read, the engine's catalog, the plan search; and how
    /// many plans it read again, or null when it read everything.
    /// </summary>
    public readonly record struct Times(TimeSpan Read, TimeSpan Catalog, TimeSpan Index, int? ChangedPlans);

    public static async Task<long> ReadRevisionAsync(CoverageDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<long>($"SELECT revision AS \"Value\" FROM catalog_revision WHERE id = 1")
            .SingleAsync(cancellationToken);

    /// <summary>The catalog as committed: read whole, or only what changed since <paramref name="current"/> when that is given and can be.</summary>
    public static async Task<(CatalogSnapshot Snapshot, Times Times)> LoadAsync(
        CoverageDbContext db, CatalogSnapshot? current, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var revision = await ReadRevisionAsync(db, cancellationToken);
        var changed = current is null ? null : await ChangedPlansAsync(db, current.Revision, cancellationToken);
        var insurers = await db.Insurers.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var rules = new RuleRows();
        await rules.ReadAsync(db, changed, cancellationToken);

        var plans = new Dictionary<long, PlanEntry>(changed?.Count ?? 0);
        var read = changed is null ? db.Plans.AsNoTracking() : db.Plans.AsNoTracking().Where(p => changed.Contains(p.Id));
        await foreach (var p in read.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            plans.Add(p.Id, new PlanEntry(p.Code, insurers[p.InsurerId], p.Name, p.PlanType, States(p.States), p.NetworkType,
                rules.OfPlan(p.Id)));
        }

        var states = await db.MedicaidStatePrograms.AsNoTracking().ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var readAt = Stopwatch.GetTimestamp();

        var medicaid = states.Select(s => new MedicaidEntry(
            s.StateCode, s.Program ?? $"{s.StateName} Medicaid", s.CoverageForm, s.Populations, s.Note,
            rules.OfState(s.StateCode), s.Source, s.LastVerified));
        var medicare = rules.Medicare.Count == 0 ? null : new MedicareEntry([.. rules.Medicare]);
        MedicaidStateRow[] rows =
        [
            .. states.OrderBy(s => s.StateName, StringComparer.Ordinal).Select(s => new MedicaidStateRow(
                s.StateCode, s.StateName, s.Program, s.Populations, s.Note, s.Source, s.LastVerified)),
        ];

        CoverageCatalog catalog;
        PlanIndex index;
        Dictionary<long, PlanEntry> byId;
        long built;
        if (current is null || changed is null)
        {
            catalog = new CoverageCatalog(plans.Values, medicaid, medicare);
            built = Stopwatch.GetTimestamp();
            index = new PlanIndex(catalog.Plans);
            byId = plans;
        }
        else
        {
            // A plan changed is its old entry out and its new one in; a plan deleted is only out.
            List<PlanEntry> removed = [.. changed.Select(id => current.PlanOfId(id)).OfType<PlanEntry>()];
            catalog = current.Catalog.With(removed, plans.Values, medicaid, medicare);
            built = Stopwatch.GetTimestamp();
            index = current.Plans.With(removed, plans.Values);
            byId = current.WithPlans(changed, plans);
        }

        var indexed = Stopwatch.GetTimestamp();
        return (new CatalogSnapshot(revision, catalog, index, rows, byId), new Times(
            Stopwatch.GetElapsedTime(started, readAt),
            Stopwatch.GetElapsedTime(readAt, built),
            Stopwatch.GetElapsedTime(built, indexed),
            changed?.Count));
    }

    /// <summary>
    /// The ids of the plans whose rows changed after <paramref name="since"/>: their own row, a rule of theirs (written,
    /// deleted or moved away), their insurer's name; null when the snapshot must be read whole instead.
    /// </summary>
    private static async Task<HashSet<long>?> ChangedPlansAsync(CoverageDbContext db, long since, CancellationToken cancellationToken)
    {
        var wholeSince = await db.Database.SqlQuery<bool>($"""
            SELECT (SELECT changes_kept_from FROM catalog_revision WHERE id = 1) > {since} + 1
                OR EXISTS (SELECT 1 FROM catalog_plan_changes WHERE revision > {since} AND plan_id IS NULL) AS "Value"
            """).SingleAsync(cancellationToken);
        if (wholeSince)
        {
            return null;
        }

        var ids = await db.Database.SqlQuery<long>($"""
            SELECT "Id" AS "Value" FROM plans WHERE "Revision" > {since}
            UNION SELECT "PlanId" FROM coverage_rules WHERE "Revision" > {since} AND "PlanId" IS NOT NULL
            UNION SELECT p."Id" FROM plans p JOIN insurers i ON i."Id" = p."InsurerId" WHERE i."Revision" > {since}
            UNION SELECT plan_id FROM catalog_plan_changes WHERE revision > {since} AND plan_id IS NOT NULL
            LIMIT {MostChangedPlans + 1}
            """).ToListAsync(cancellationToken);
        return ids.Count > MostChangedPlans ? null : [.. ids];
    }

    /// <summary>
    /// The rule versions read: of every owner, or of the plans given and every state and Medicare. Identical terms
    /// (plans of one insurer often share a policy) are read once and shared by every version that has them.
    /// </summary>
    private sealed class RuleRows
    {
        private readonly Dictionary<long, List<CoverageRule>> _plans = [];
        private readonly Dictionary<string, List<CoverageRule>> _states = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, RuleTerms> _terms = new(StringComparer.Ordinal);

        public List<CoverageRule> Medicare { get; } = [];

        public async Task ReadAsync(CoverageDbContext db, HashSet<long>? plans, CancellationToken cancellationToken)
        {
            var ids = plans?.ToArray();
            var versions = ids is null
                ? db.Database.SqlQuery<RuleRow>($"""
                    SELECT "Id", "OwnerKind", "PlanId", "StateCode", "EffectiveFrom", "EffectiveTo", "Terms"::text AS "Terms"
                    FROM coverage_rules ORDER BY "EffectiveFrom", "Id"
                    """)
                : db.Database.SqlQuery<RuleRow>($"""
                    SELECT "Id", "OwnerKind", "PlanId", "StateCode", "EffectiveFrom", "EffectiveTo", "Terms"::text AS "Terms"
                    FROM coverage_rules WHERE "PlanId" IS NULL OR "PlanId" = ANY({ids}) ORDER BY "EffectiveFrom", "Id"
                    """);
            await foreach (var version in versions.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                Add(version);
            }
        }

        public CoverageRule[] OfPlan(long id) => _plans.TryGetValue(id, out var rules) ? [.. rules] : [];

        public CoverageRule[] OfState(string code) => _states.TryGetValue(code, out var rules) ? [.. rules] : [];

        private void Add(RuleRow version)
        {
            if (!_terms.TryGetValue(version.Terms, out var terms))
            {
                terms = RuleTermsJson.Read(version.Terms);
                _terms[version.Terms] = terms;
            }

            var rule = new CoverageRule(version.Id, version.EffectiveFrom, version.EffectiveTo, terms);
            switch (Enum.Parse<RuleOwnerKind>(version.OwnerKind))
            {
                case RuleOwnerKind.Plan when version.PlanId is { } planId:
                    RulesOf(_plans, planId).Add(rule);
                    break;
                case RuleOwnerKind.Medicaid when version.StateCode is { } state:
                    RulesOf(_states, state).Add(rule);
                    break;
                case RuleOwnerKind.Medicare:
                    Medicare.Add(rule);
                    break;
            }
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
