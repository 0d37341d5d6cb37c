using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// One import's shared state: who and when, the counts, the audit entries to write, and the changes that must wait
/// for the first save (see <see cref="RuleVersionSync"/>). Audit entries are written last, once new rows have ids.
/// </summary>
internal sealed class ImportSession(CoverageDbContext db, string actor, DateTimeOffset now)
{
    private readonly List<Func<AuditEntry>> _audit = [];
    private readonly List<Action> _afterFirstSave = [];

    public CoverageDbContext Db => db;
    public string Actor => actor;
    public DateTimeOffset Now => now;
    public ImportCounts Counts { get; } = new();

    public void Audit(string entityType, Func<string> entityId, string action, string? before, string? after) =>
        _audit.Add(() => new AuditEntry
        {
            At = now, Actor = actor, EntityType = entityType, EntityId = entityId(), Action = action,
            Before = before, After = after,
        });

    public void AfterFirstSave(Action change) => _afterFirstSave.Add(change);

    public void ApplyDeferredChanges() => _afterFirstSave.ForEach(change => change());

    public void AddAuditEntries() => db.AuditEntries.AddRange(_audit.Select(entry => entry()));
}
