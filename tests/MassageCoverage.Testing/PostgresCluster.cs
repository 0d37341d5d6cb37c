using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace MassageCoverage.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster in a temp folder, tuned for tests (fsync off), that can be stopped and started
/// again on the same port. As root, the server binaries run as the <c>postgres</c> user: initdb refuses root.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    public const string TempPrefix = "massagecoverage-pg-";
    private readonly string _folder;
    private readonly string _bin;

    private PostgresCluster(string folder, string bin, int port)
    {
        _folder = folder;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }
    public bool IsRunning { get; private set; }
    private string DataDirectory => Path.Combine(_folder, "data");

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = Port, Username = "app", Database = database,
            // Generous: on two busy cores a cluster that has just started can take more than 5 s to answer its first connection.
            Timeout = 30,
        }.ConnectionString;

    public static async Task<PostgresCluster> StartNewAsync()
    {
        var folder = Directory.CreateTempSubdirectory(TempPrefix).FullName;
        var cluster = new PostgresCluster(folder, FindBinaries(), FreePort());
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["postgres:postgres", folder]);
        }

        await cluster.RunServerToolAsync("initdb",
            ["-D", cluster.DataDirectory, "-U", "app", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        await cluster.StartAsync();
        return cluster;
    }

    public async Task StartAsync()
    {
        var options = $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        await RunServerToolAsync("pg_ctl",
            ["-D", DataDirectory, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
        IsRunning = true;
    }

    public async Task StopAsync()
    {
        await RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        IsRunning = false;
    }

    public async ValueTask DisposeAsync()
    {
        if (IsRunning)
        {
            await StopAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Task RunServerToolAsync(string tool, string[] arguments)
    {
        var path = Path.Combine(_bin, tool);
        return Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments])
            : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }

    /// <summary>PG_BIN wins; otherwise the newest server under /usr/lib/postgresql (Debian's layout).</summary>
    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var newest = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return newest ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries found: install them (apt-get install -y postgresql) or set PG_BIN. "
            + "./build.sh test does both for you.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
