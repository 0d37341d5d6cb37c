namespace MassageCoverage.Web.Features.Coverage;

/// <summary>Polls the catalog revision so that a change made anywhere reaches this instance within seconds.</summary>
public sealed partial class CatalogRefresher(
    CatalogProvider provider, IConfiguration configuration, ILogger<CatalogRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Coverage:CatalogPollSeconds", 2)));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await provider.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Keep serving the last snapshot: the database may be restarting or not yet migrated, and a
                // background failure must never stop the host.
                LogRefreshFailed(ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Coverage catalog refresh failed ({Error}); keeping the last snapshot")]
    private partial void LogRefreshFailed(string error);
}
