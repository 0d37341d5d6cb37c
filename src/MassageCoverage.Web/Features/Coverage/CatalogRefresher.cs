using Npgsql;

namespace MassageCoverage.Web.Features.Coverage;

/// <summary>
/// Keeps this instance's catalog snapshot current. The catalog's triggers send a notification on
/// <see cref="Channel"/> when a change commits, so every instance refreshes within milliseconds; the revision is also
/// polled, so a lost connection or a pooler that drops notifications (PgBouncer in transaction mode) only slows
/// changes down to the poll interval.
/// </summary>
public sealed partial class CatalogRefresher(
    CatalogProvider provider, IConfiguration configuration, ILogger<CatalogRefresher> logger) : BackgroundService
{
    public const string Channel = "catalog_changed";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Coverage:CatalogPollSeconds", 2)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var listener = await ListenAsync(stoppingToken);
                // A change that committed before LISTEN took effect sent its notification to no one.
                await provider.RefreshAsync(stoppingToken);
                while (true)
                {
                    await listener.WaitAsync(interval, stoppingToken);
                    await provider.RefreshAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Keep serving the last snapshot: the database may be restarting or not yet migrated, and a
                // background failure must never stop the host.
                LogRefreshFailed(ex.GetType().Name);
                await Task.Delay(interval, stoppingToken);
            }
        }
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        // Its own physical connection: a pooled one would have its LISTEN reset when returned, and keepalives notice a
        // connection dropped silently by the network.
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Default"))
        {
            Pooling = false, KeepAlive = 30,
        }.ConnectionString;
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var listen = new NpgsqlCommand($"LISTEN {Channel}", connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Coverage catalog refresh failed ({Error}); keeping the last snapshot")]
    private partial void LogRefreshFailed(string error);
}
