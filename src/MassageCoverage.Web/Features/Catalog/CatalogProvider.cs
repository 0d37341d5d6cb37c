using System.Runtime;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>
/// Holds the current immutable catalog snapshot. Checks read it without touching the database; a change to the
/// catalog's tables bumps <c>catalog_revision</c>, and <see cref="RefreshAsync"/> swaps in a new snapshot.
/// </summary>
public sealed partial class CatalogProvider(IServiceScopeFactory scopes, ILogger<CatalogProvider> logger) : IDisposable
{
    private const int LargeCatalog = 10_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CatalogSnapshot? _current;

    /// <summary>Whether a snapshot is in memory, so a check is answered without a trip to the database.</summary>
    public bool HasSnapshot => Volatile.Read(ref _current) is not null;

    /// <summary>The catalog revision of the snapshot in memory, or null before the first one is loaded.</summary>
    public long? Revision => Volatile.Read(ref _current)?.Revision;

    /// <summary>The engine's catalog in force; loads it the first time (and throws if the database cannot be reached).</summary>
    public async ValueTask<CoverageCatalog> GetAsync(CancellationToken cancellationToken = default) =>
        (await GetSnapshotAsync(cancellationToken)).Catalog;

    /// <summary>The whole snapshot in force, for a page that reads more than the engine does (the plan search, the table of states).</summary>
    public async ValueTask<CatalogSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null)
        {
            return current;
        }

        await RefreshAsync(cancellationToken);
        return Volatile.Read(ref _current)!;
    }

    /// <summary>Rebuilds the snapshot when the database's revision differs from the one in memory.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
            var revision = await CatalogLoader.ReadRevisionAsync(db, cancellationToken);
            if (_current?.Revision == revision)
            {
                return;
            }

            // The snapshot carries the revision its own read saw, which may be newer still.
            var (snapshot, times) = await CatalogLoader.LoadAsync(db, _current, cancellationToken);
            var first = _current is null;
            Volatile.Write(ref _current, snapshot);
            if (first && snapshot.Catalog.Plans.Count >= LargeCatalog)
            {
                ReturnLoadMemory();
            }

            if (times.ChangedPlans is { } changed)
            {
                LogChanged(snapshot.Revision, changed, snapshot.Catalog.Plans.Count, (long)times.Read.TotalMilliseconds,
                    (long)(times.Catalog + times.Index).TotalMilliseconds);
            }
            else
            {
                LogLoaded(snapshot.Revision, snapshot.Catalog.Plans.Count, (long)times.Read.TotalMilliseconds,
                    (long)times.Catalog.TotalMilliseconds, (long)times.Index.TotalMilliseconds);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// After a committed change: the change is saved whatever happens here, so a failed refresh is logged, not thrown;
    /// the background refresher polls the revision and catches up. Before any snapshot is in memory nothing is loaded:
    /// the first reader loads the committed catalog anyway, and a command-line import of 100,000 plans would otherwise
    /// hold a whole snapshot it never reads (a third of its memory).
    /// </summary>
    public async Task RefreshAfterChangeAsync(CancellationToken cancellationToken = default)
    {
        if (!HasSnapshot)
        {
            return;
        }

        try
        {
            await RefreshAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRefreshFailed(e);
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>
    /// The first load reads every row, and its buffers (the rows' text, lists and tables grown as rows came) take about
    /// as much memory again as the snapshot they built. The runtime keeps what it has once committed, the large object
    /// heap in pieces it never compacts: at 100,000 plans that was 60 MB the process held for nothing. One compacting
    /// collection gives it back. It blocks, so it runs only here, before the instance is ready and serves anything; a
    /// later snapshot is swapped in under load and left to the background collector. Below <see cref="LargeCatalog"/>
    /// plans the buffers are a few megabytes, not worth a blocking collection.
    /// </summary>
    private static void ReturnLoadMemory()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the coverage catalog after a change failed; the poller will retry")]
    private partial void LogRefreshFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Coverage catalog revision {Revision} loaded ({Plans} plans): "
        + "read in {ReadMs} ms, catalog built in {CatalogMs} ms, plan search in {IndexMs} ms")]
    private partial void LogLoaded(long revision, int plans, long readMs, long catalogMs, long indexMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Coverage catalog revision {Revision} loaded from the one before "
        + "({Changed} plans read again, {Plans} in all): read in {ReadMs} ms, laid over it in {BuiltMs} ms")]
    private partial void LogChanged(long revision, int changed, int plans, long readMs, long builtMs);
}
