using MassageCoverage.Web.Data;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>One import's shared state: who and when, the counts, and the rule versions it will write.</summary>
internal sealed class ImportSession(CoverageDbContext db, string actor, DateTimeOffset now)
{
    public CoverageDbContext Db => db;
    public string Actor => actor;
    public DateTimeOffset Now => now;
    public ImportCounts Counts { get; } = new();
    public RuleWrites Rules { get; } = new();
}
