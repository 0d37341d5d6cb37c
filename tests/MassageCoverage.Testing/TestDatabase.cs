using Npgsql;

namespace MassageCoverage.Testing;

/// <summary>
/// A fresh, empty database for one fixture: on a throwaway cluster of its own, or, when MASSAGECOVERAGE_TEST_DB holds
/// a connection string, on that server (the database is created there and dropped afterwards).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "MASSAGECOVERAGE_TEST_DB";
    private readonly string _adminConnectionString;
    private readonly string _name;

    private TestDatabase(PostgresCluster? cluster, string adminConnectionString, string name)
    {
        Cluster = cluster;
        _adminConnectionString = adminConnectionString;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>The throwaway cluster, or null when the database lives on a server given from outside.</summary>
    public PostgresCluster? Cluster { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(bool ownCluster = false)
    {
        var external = Environment.GetEnvironmentVariable(ServerVariable);
        var cluster = ownCluster || string.IsNullOrWhiteSpace(external) ? await PostgresCluster.StartNewAsync() : null;
        var admin = cluster?.ConnectionString("postgres")
            ?? new NpgsqlConnectionStringBuilder(external) { Database = "postgres", Pooling = false }.ConnectionString;
        var name = "mc_test_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        return new TestDatabase(cluster, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
        else
        {
            await ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
