using Xunit;

namespace MassageCoverage.Testing;

/// <summary>A migrated, seeded database and the app on top of it, shared by the tests of one collection.</summary>
public class AppFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private AppFactory? _factory;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Fixture not initialised.");
    public AppFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _factory = new AppFactory(_database.ConnectionString);
        OnFactoryCreated(_factory);
        await _factory.InitializeDatabaseAsync();
    }

    /// <summary>The last moment to choose the server (Kestrel for a browser): nothing has started yet.</summary>
    protected virtual void OnFactoryCreated(AppFactory factory)
    {
    }

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
