using MassageCoverage.Web.Data;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>One import's shared state: who and when, the counts, the rule versions it will write, and (when asked) every change.</summary>
internal sealed class ImportSession(CoverageDbContext db, string actor, DateTimeOffset now, ImportChanges? changes = null)
{
    public CoverageDbContext Db => db;
    public string Actor => actor;
    public DateTimeOffset Now => now;
    public ImportCounts Counts { get; } = new();
    public RuleWrites Rules { get; } = new();

    /// <summary>Every change in words, when the caller asked for them (a preview); null otherwise.</summary>
    public ImportChanges? Changes => changes;
}
