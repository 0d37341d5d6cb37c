using Xunit;

namespace MassageCoverage.Testing;

/// <summary>
/// A test class that writes to a database of its own (on its own cluster when <see cref="OwnCluster"/>), migrated and
/// seeded, so the shared database stays as seeded for every other test.
/// </summary>
public abstract class OwnDatabaseTests : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected AppFactory Factory { get; private set; } = null!;

    /// <summary>True for tests that stop and start PostgreSQL itself.</summary>
    protected virtual bool OwnCluster => false;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(ownCluster: OwnCluster);
        Factory = new AppFactory(Database.ConnectionString);
        await Factory.InitializeDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
