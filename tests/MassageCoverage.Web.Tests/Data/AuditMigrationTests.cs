using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MassageCoverage.Web.Tests.Data;

/// <summary>A data migration run over rows written the old way, as a database upgraded in place would hold them.</summary>
public class AuditMigrationTests
{
    [Fact]
    public async Task Upgrading_renames_the_imports_action_words_and_the_consoles_rule_owners_and_changes_nothing_else()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = new CoverageDbContext(new DbContextOptionsBuilder<CoverageDbContext>().UseNpgsql(database.ConnectionString).Options);
        var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
        await migrator.MigrateAsync("20261126235409_SavedChecks");
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("""
            INSERT INTO audit_entries ("At", "Actor", "EntityType", "EntityId", "Action", "Before", "After") VALUES
              (now(), 'import', 'Rule', '1', 'Updated', '{"owner": "plan:acme", "rule": {"copay": 25}}', '{"owner": "plan:acme", "rule": {"copay": 30}}'),
              (now(), 'staff', 'Rule', '2', 'update', '{"owner": "acme-ppo-gold", "rule": {"copay": 25}}', '{"owner": "acme-ppo-gold", "rule": {"copay": 40}}'),
              (now(), 'staff', 'Rule', '3', 'Created', NULL, '{"owner": "river-hmo", "rule": {}}'),
              (now(), 'admin', 'MedicaidState', 'CO', 'update', '{"state": "CO", "source": "a:b"}', '{"state": "CO", "source": "c"}'),
              (now(), 'patient', 'Referral', '9', 'delete', NULL, NULL);
            """, connection);
            await insert.ExecuteNonQueryAsync();
        }

        await migrator.MigrateAsync();

        var rows = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.EntityId, a.Action, a.Before, a.After }).ToListAsync();
        Assert.Equal(["update", "update", "create", "update", "delete"], rows.Select(r => r.Action));
        Assert.Equal("""{"rule": {"copay": 25}, "owner": "plan:acme"}""", rows[0].Before);
        Assert.Equal("""{"rule": {"copay": 40}, "owner": "plan:acme-ppo-gold"}""", rows[1].After);
        Assert.Equal("""{"rule": {"copay": 25}, "owner": "plan:acme-ppo-gold"}""", rows[1].Before);
        Assert.Null(rows[2].Before);
        Assert.Equal("""{"rule": {}, "owner": "plan:river-hmo"}""", rows[2].After);
        Assert.Equal("""{"state": "CO", "source": "a:b"}""", rows[3].Before);
        Assert.Null(rows[4].After);
    }
}
