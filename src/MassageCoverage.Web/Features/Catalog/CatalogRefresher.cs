using Npgsql;

namespace MassageCoverage.Web.Features.Catalog;

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

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Coverage:CatalogPollSeconds", 2)));
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var listener = await ListenAsync(stoppingToken);
                // A change that committed before LISTEN took effect sent its notification to no one.
                await provider.RefreshAsync(stoppingToken);
                if (failures > 0)
                {
                    LogRecovered(failures);
                    failures = 0;
                }

                while (true)
                {
                    if (!await listener.WaitAsync(interval, stoppingToken))
                    {
                        // Nothing came: make sure the listener is still connected (a connection cut silently by the
                        // network would otherwise wait forever), then poll.
                        await using var ping = new NpgsqlCommand("SELECT 1", listener);
                        await ping.ExecuteScalarAsync(stoppingToken);
                    }

                    await provider.RefreshAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Keep serving the last snapshot: the database may be restarting or not yet migrated, and a background
                // failure must never stop the host. The first failure is logged whole, the rest briefly, less often.
                failures++;
                if (failures == 1)
                {
                    LogFirstFailure(ex);
                }
                else
                {
                    LogStillFailing(failures, ex);
                }

                // Until the first snapshot is in, the instance is not ready and serves nothing: retry at the poll
                // interval, so it turns ready soon after the database does. After that, back off.
                var backoff = provider.HasSnapshot
                    ? TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, interval.Ticks * (1L << Math.Min(failures - 1, 6))))
                    : interval;
                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Coverage catalog refresh failed; keeping the last snapshot and retrying")]
    private partial void LogFirstFailure(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Coverage catalog refresh failed again ({Failures} in a row)")]
    private partial void LogStillFailing(int failures, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Coverage catalog refresh recovered after {Failures} failures")]
    private partial void LogRecovered(int failures);
}
