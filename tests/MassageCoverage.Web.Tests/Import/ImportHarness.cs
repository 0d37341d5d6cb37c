using System.Text.Json.Nodes;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Catalog.Format;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Import;

/// <summary>
/// Import, export and look at the database through the app's own services. <see cref="StartAsync"/> gives a
/// migrated, seeded database of its own (for tests that write); <see cref="On"/> borrows a shared app.
/// </summary>
internal sealed class ImportHarness : IAsyncDisposable
{
    private readonly TestDatabase? _ownDatabase;

    private ImportHarness(AppFactory factory, TestDatabase? ownDatabase)
    {
        Factory = factory;
        _ownDatabase = ownDatabase;
    }

    public AppFactory Factory { get; }
    public IServiceProvider Services => Factory.Services;

    public static async Task<ImportHarness> StartAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        return new ImportHarness(factory, database);
    }

    public static ImportHarness On(AppFactory shared) => new(shared, null);

    public async Task<ImportResult> ImportAsync(string json, string actor = "import:test.json")
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogImporter>().ImportAsync(json, actor);
    }

    public async Task<string> ExportAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogExporter>().ExportAsync();
    }

    public async Task<JsonNode> ExportNodeAsync() => JsonNode.Parse(await ExportAsync())!;

    public async Task<T> QueryAsync<T>(Func<CoverageDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CoverageDbContext>());
    }

    public Task<List<AuditEntry>> AuditAsync() =>
        QueryAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync());

    /// <summary>The one audit entry of an import: the file's SHA-256 as its id, and its summary parsed.</summary>
    public async Task<(AuditEntry Entry, JsonNode Summary)> ImportEntryAsync()
    {
        var entry = Assert.Single(await AuditAsync());
        Assert.Equal(("CatalogImport", "import", null), (entry.EntityType, entry.Action, entry.Before));
        var summary = JsonNode.Parse(entry.After!)!;
        Assert.Equal((string?)summary["sha256"], entry.EntityId);
        return (entry, summary);
    }

    /// <summary>The codes a summary names under <paramref name="kind"/> (<c>plans</c> or <c>states</c>).</summary>
    public static IEnumerable<string?> Codes(JsonNode summary, string kind) => summary[kind]!.AsArray().Select(c => (string?)c);

    public Task<List<RuleVersion>> PlanRulesAsync(string code) =>
        QueryAsync(db => db.Rules.AsNoTracking().Where(r => r.Plan!.Code == code).OrderBy(r => r.EffectiveFrom).ToListAsync());

    /// <summary>Row counts of every table an import writes, and the revision that every write to them bumps.</summary>
    public Task<TableCounts> CountsAsync() => QueryAsync(async db => new TableCounts(
        await db.Insurers.CountAsync(), await db.Plans.CountAsync(), await db.Rules.CountAsync(),
        await db.MedicaidStatePrograms.CountAsync(), await db.AuditEntries.CountAsync(),
        await CatalogLoader.ReadRevisionAsync(db, CancellationToken.None)));

    public async ValueTask DisposeAsync()
    {
        if (_ownDatabase is not null)
        {
            await Factory.DisposeAsync();
            await _ownDatabase.DisposeAsync();
        }
    }
}

internal sealed record TableCounts(int Insurers, int Plans, int Rules, int States, int AuditEntries, long Revision);
