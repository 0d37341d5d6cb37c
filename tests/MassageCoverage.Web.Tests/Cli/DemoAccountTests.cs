using System.Diagnostics;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Hosting.Cli;
using MassageCoverage.Web.Tests.Import;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Cli;

/// <summary>
/// Demo accounts come from <c>seed-demo</c> alone: no other command leaves accounts with printed passwords in a
/// database, least of all a production one named by ConnectionStrings__Default. Each test has a fresh database.
/// </summary>
public class DemoAccountTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private DirectoryInfo _folder = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _folder = Directory.CreateTempSubdirectory("massagecoverage-cli-");
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Migrate_in_Development_creates_no_account()
    {
        await using var factory = new AppFactory(_database.ConnectionString) { EnvironmentName = "Development" };

        var (exit, output, _) = await RunAsync(factory, "migrate");

        Assert.Equal((0, ""), (exit, output));
        Assert.Equal(0, await UsersAsync());
    }

    [Fact]
    public async Task Migrate_then_import_into_a_fresh_database_in_Production_creates_no_account()
    {
        await using var factory = new AppFactory(_database.ConnectionString) { EnvironmentName = "Production" };
        var file = await WriteAsync(CatalogFiles.OnePlan(code: "fresh-ppo-gold"));

        var (migrated, _, _) = await RunAsync(factory, "migrate");
        var (imported, output, error) = await RunAsync(factory, "import", file);

        Assert.Equal((0, 0, ""), (migrated, imported, error));
        Assert.StartsWith("Imported catalog.json: plans: 1 created", output, StringComparison.Ordinal);
        Assert.Equal(0, await UsersAsync());
    }

    [Fact]
    public async Task Create_admin_in_Production_creates_only_the_admin_asked_for()
    {
        await using var factory = new AppFactory(_database.ConnectionString) { EnvironmentName = "Production" };

        var (migrated, _, _) = await RunAsync(factory, "migrate");
        var (created, output, error) = await RunAsync(factory, "create-admin", "ops@example.test");

        Assert.Equal((0, 0, ""), (migrated, created, error));
        Assert.StartsWith("Admin ops@example.test is ready.", output, StringComparison.Ordinal);
        await using var db = new CoverageDbContext(new DbContextOptionsBuilder<CoverageDbContext>().UseNpgsql(_database.ConnectionString).Options);
        Assert.Equal(["ops@example.test"], await db.Users.Select(u => u.Email!).ToListAsync());
    }

    [Fact]
    public async Task Seed_demo_prints_each_new_account_once_and_later_says_it_exists()
    {
        await using var factory = new AppFactory(_database.ConnectionString) { EnvironmentName = "Production" };
        await factory.InitializeDatabaseAsync();

        var (firstExit, first, _) = await RunAsync(factory, "seed-demo");
        var (secondExit, second, _) = await RunAsync(factory, "seed-demo");

        Assert.Equal((0, 0), (firstExit, secondExit));
        var created = Lines(first).Where(l => l.Contains("password: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, created.Count);
        Assert.Collection(created,
            l => Assert.Matches(@"^  Patient +patient@demo\.massagecoverage\.test  password: \S{20}$", l),
            l => Assert.Matches(@"^  Staff +staff@demo\.massagecoverage\.test  password: \S{20}$", l),
            l => Assert.Matches(@"^  Admin +admin@demo\.massagecoverage\.test  password: \S{20}$", l));
        Assert.DoesNotContain("password:", second, StringComparison.Ordinal);
        Assert.Equal(3, Lines(second).Count(l => l.EndsWith("@demo.massagecoverage.test  exists already", StringComparison.Ordinal)));
        Assert.Equal(3, await UsersAsync());
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains("password:", StringComparison.Ordinal)
            || created.Any(c => l.Contains(c.Split("password: ")[1], StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Build_sh_import_against_ConnectionStrings_Default_runs_in_Production_and_creates_no_account()
    {
        var file = await WriteAsync(CatalogFiles.OnePlan(code: "script-ppo-gold"));

        var (exit, output, error) = await BuildShAsync(["import", file], _database.ConnectionString);

        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
        Assert.Contains("Imported catalog.json: plans: 1 created", output, StringComparison.Ordinal);
        Assert.Contains("migrating and seeding reference data (Production)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("password", output + error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await UsersAsync());
    }

    [Theory]
    [InlineData(null, null, "ASPNETCORE_ENVIRONMENT=Development", "database=local cluster")]
    [InlineData("Host=db.example;Database=prod", null, "ASPNETCORE_ENVIRONMENT=Production", "database=ConnectionStrings__Default")]
    [InlineData("Host=db.example;Database=prod", "Staging", "ASPNETCORE_ENVIRONMENT=Staging", "database=ConnectionStrings__Default")]
    [InlineData(null, "Production", "ASPNETCORE_ENVIRONMENT=Production", "database=local cluster")]
    public async Task Build_sh_chooses_Development_only_for_the_local_cluster_unless_told(
        string? connectionString, string? environment, string expectedEnvironment, string expectedDatabase)
    {
        var (exit, output, _) = await BuildShAsync(["env"], connectionString, environment);

        Assert.Equal(0, exit);
        var lines = Lines(output);
        Assert.Equal(expectedEnvironment, lines[0]);
        Assert.StartsWith(expectedDatabase, lines[1], StringComparison.Ordinal);
    }

    private async Task<string> WriteAsync(string json)
    {
        var path = Path.Combine(_folder.FullName, "catalog.json");
        await File.WriteAllTextAsync(path, json);
        return path;
    }

    private async Task<int> UsersAsync()
    {
        await using var db = new CoverageDbContext(new DbContextOptionsBuilder<CoverageDbContext>().UseNpgsql(_database.ConnectionString).Options);
        return await db.Users.CountAsync();
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(AppFactory factory, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exit = await CommandLine.RunAsync(factory.Services, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs the repository's build.sh as an operator would. It builds the web project first, which is up to date
    /// after the test build, so a run takes seconds.
    /// </summary>
    private static async Task<(int Exit, string Output, string Error)> BuildShAsync(
        string[] args, string? connectionString, string? environment = null)
    {
        var script = Path.Combine(RepositoryRoot(), "build.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ConnectionStrings__Default" })
        {
            start.Environment.Remove(name);
        }

        if (connectionString is not null)
        {
            start.Environment["ConnectionStrings__Default"] = connectionString;
        }

        if (environment is not null)
        {
            start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A guard against a hung script, not a speed limit: build.sh compiles the app first, which on a loaded
        // two-core machine can take minutes. A script that outlives it is killed, so no process outlives the test.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"build.sh {string.Join(' ', args)} did not finish within 6 minutes.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "build.sh")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("build.sh not found above " + AppContext.BaseDirectory);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
