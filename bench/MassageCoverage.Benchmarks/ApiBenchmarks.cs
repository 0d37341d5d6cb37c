using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using MassageCoverage.Testing;

namespace MassageCoverage.Benchmarks;

/// <summary>
/// One coverage check through the whole HTTP pipeline in-process (TestServer): routing, JSON, validation, the
/// snapshot and the engine. The database is only read once, to build the snapshot, in the setup.
/// </summary>
[MemoryDiagnoser]
public class ApiBenchmarks
{
    private TestDatabase _database = null!;
    private AppFactory _factory = null!;
    private HttpClient _client = null!;
    private readonly object _body = new
    {
        planType = "private", planCode = "acme-ppo-gold", diagnosisCodes = new[] { "M54.50" },
        therapistLicensed = true, inNetwork = true, hasReferral = true, referralDate = "2026-02-20",
        visitsUsed = 2, asOf = "2026-03-02",
    };

    [GlobalSetup]
    public void Setup()
    {
        // WebApplicationFactory finds the web project through this setting outside a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MASSAGECOVERAGE_WEB", WebProjectDirectory());
        _database = TestDatabase.CreateAsync().GetAwaiter().GetResult();
        _factory = new AppFactory(_database.ConnectionString);
        _factory.InitializeDatabaseAsync().GetAwaiter().GetResult();
        _client = _factory.CreateClient();
        using var first = _client.PostAsJsonAsync(new Uri("/api/v1/coverage-checks", UriKind.Relative), _body).GetAwaiter().GetResult();
        if (!first.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The benchmark's request is refused: {(int)first.StatusCode}.");
        }
    }

    internal static string WebProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "MassageCoverage.Web");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _factory.Dispose();
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> PostCoverageCheck()
    {
        using var response = await _client.PostAsJsonAsync(new Uri("/api/v1/coverage-checks", UriKind.Relative), _body);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (int)response.StatusCode + bytes.Length;
    }
}
