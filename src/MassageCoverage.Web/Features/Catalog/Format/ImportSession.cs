using MassageCoverage.Web.Data;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// One import's shared state: who and when, the counts, the change its audit entries go to (the writer saves them
/// last, once new rows have ids), and the changes that must wait for the first save (see <see cref="RuleVersionSync"/>).
/// </summary>
internal sealed class ImportSession(CoverageDbContext db, CatalogChange change, string actor, DateTimeOffset now)
{
    private readonly List<Action> _afterFirstSave = [];

    public CoverageDbContext Db => db;
    public string Actor => actor;
    public DateTimeOffset Now => now;
    public ImportCounts Counts { get; } = new();

    public void Audit(string entityType, Func<string> entityId, string action, string? before, string? after) =>
        change.Audit(actor, entityType, entityId, action, before, after);

    public void AfterFirstSave(Action change) => _afterFirstSave.Add(change);

    public void ApplyDeferredChanges() => _afterFirstSave.ForEach(change => change());
}
