using BenchmarkDotNet.Attributes;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MassageCoverage.Benchmarks;

/// <summary>
/// A state's page reads its last 20 changes out of the whole audit log: criteria entries by key, rule entries by the
/// owner inside their JSON. The log holds 200,000 entries, most of them patients' record changes with no JSON; the
/// run is made with and without the GIN indexes on the snapshots.
/// </summary>
[MemoryDiagnoser]
public class StateHistoryBenchmarks
{
    private TestDatabase _database = null!;
    private AppFactory _factory = null!;

    [Params(true, false)]
    public bool Indexed { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MASSAGECOVERAGE_WEB", ApiBenchmarks.WebProjectDirectory());
        _database = TestDatabase.CreateAsync().GetAwaiter().GetResult();
        _factory = new AppFactory(_database.ConnectionString);
        _factory.InitializeDatabaseAsync().GetAwaiter().GetResult();
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        // 180,000 patient-record entries, 19,950 plan rule entries over 500 plans, 50 Colorado rule entries.
        using var fill = new NpgsqlCommand("""
            INSERT INTO audit_entries ("At", "Actor", "EntityType", "EntityId", "Action", "Before", "After")
            SELECT now() - i * interval '1 minute', 'patient', 'Referral', i::text, 'update', NULL, NULL FROM generate_series(1, 180000) i;
            INSERT INTO audit_entries ("At", "Actor", "EntityType", "EntityId", "Action", "Before", "After")
            SELECT now() - i * interval '1 minute', 'staff', 'Rule', i::text, 'update',
                   jsonb_build_object('owner', 'plan:plan-' || (i % 500), 'rule', jsonb_build_object('copay', 25, 'source', 'summary')),
                   jsonb_build_object('owner', 'plan:plan-' || (i % 500), 'rule', jsonb_build_object('copay', 30, 'source', 'summary'))
            FROM generate_series(1, 19950) i;
            INSERT INTO audit_entries ("At", "Actor", "EntityType", "EntityId", "Action", "Before", "After")
            SELECT now() - i * interval '7 days', 'admin', 'Rule', (900000 + i)::text, 'update',
                   jsonb_build_object('owner', 'medicaid:CO', 'rule', jsonb_build_object('effectiveFrom', '2022-07-01', 'source', 'hcpf')),
                   jsonb_build_object('owner', 'medicaid:CO', 'rule', jsonb_build_object('effectiveFrom', '2022-07-01', 'source', 'hcpf'))
            FROM generate_series(1, 50) i;
            """, connection);
        fill.ExecuteNonQuery();
        // As autovacuum would in a running system: it moves GIN's pending entries into the index proper and
        // refreshes the statistics. Without it a bulk load is measured, not a lookup (5 ms instead of 0.2 in psql).
        using var vacuum = new NpgsqlCommand("VACUUM ANALYZE audit_entries", connection);
        vacuum.ExecuteNonQuery();
        if (!Indexed)
        {
            using var drop = new NpgsqlCommand("""DROP INDEX "IX_audit_entries_Before"; DROP INDEX "IX_audit_entries_After";""", connection);
            drop.ExecuteNonQuery();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _factory.Dispose();
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> RecentChangesOfColorado()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var changes = await scope.ServiceProvider.GetRequiredService<StateHistory>().RecentAsync("CO", CancellationToken.None);
        return changes.Count;
    }
}
