using MassageCoverage.Web.Hosting.Cli;

namespace MassageCoverage.Web.Tests.Import;

/// <summary>
/// The app's own command line, called in-process with the app's services: the same code <c>./build.sh import</c>
/// runs, without a process start per test. One database for the class; the tests run one after another.
/// </summary>
public class CommandLineTests : IAsyncLifetime
{
    private ImportHarness _harness = null!;
    private DirectoryInfo _folder = null!;

    public async Task InitializeAsync()
    {
        _harness = await ImportHarness.StartAsync();
        _folder = Directory.CreateTempSubdirectory("massagecoverage-cli-");
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Import_of_a_bad_file_exits_1_with_every_error_on_stderr_and_writes_nothing()
    {
        var path = await WriteAsync("bad.json", CatalogFiles.OnePlan(
            ruleOverrides: """{ "effectiveTo": "2024-12-31", "serviceCodes": ["97124", "12345"] }""", code: "Bad Code"));
        var countsBefore = await _harness.CountsAsync();

        var (exit, output, error) = await RunAsync("import", path);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal(
        [
            "$.plans[0].code: must be lowercase letters and digits joined by single hyphens, such as acme-ppo-gold",
            "$.plans[0].rules[0].serviceCodes[1]: '12345' is not a CPT code this product knows (97124, 97140, 97112, 97530, 97010)",
            "$.plans[0].rules[0].effectiveTo: must be on or after effectiveFrom",
            "bad.json was refused with 3 error(s); nothing was imported.",
        ], Lines(error));
        Assert.Equal(countsBefore, await _harness.CountsAsync());
    }

    [Fact]
    public async Task Import_of_a_file_that_cannot_be_read_exits_1_naming_the_file()
    {
        var missing = Path.Combine(_folder.FullName, "missing.json");

        var (exit, output, error) = await RunAsync("import", missing);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"Cannot read {missing}: ", error, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was imported.\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_good_file_exits_0_prints_one_summary_line_and_audits_the_file_as_actor()
    {
        var path = await WriteAsync("river.json", CatalogFiles.OnePlan(code: "river-hmo-basic"));

        var (exit, output, error) = await RunAsync("import", path);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(["Imported river.json: plans: 1 created, 0 updated; states: 0 created, 0 updated; "
            + "rules: 1 added, 0 changed, 0 removed."], Lines(output));
        var entry = Assert.Single(await _harness.AuditAsync(), a => a.Actor == "import:river.json");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(path))), entry.EntityId);
        Assert.Contains("river-hmo-basic", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_then_import_of_that_file_exits_0_and_changes_nothing()
    {
        var path = Path.Combine(_folder.FullName, "catalog.json");

        var (exported, exportOutput, _) = await RunAsync("export", path);
        var countsBefore = await _harness.CountsAsync();
        var (imported, importOutput, error) = await RunAsync("import", path, "--actor", "staff:jo");

        Assert.Equal(0, exported);
        Assert.Equal([$"Exported the catalog to {path}."], Lines(exportOutput));
        Assert.Equal(await _harness.ExportAsync(), await File.ReadAllTextAsync(path));
        Assert.Equal((0, ""), (imported, error));
        Assert.Equal(["Imported catalog.json: plans: 0 created, 0 updated; states: 0 created, 0 updated; "
            + "rules: 0 added, 0 changed, 0 removed."], Lines(importOutput));
        Assert.Equal(countsBefore, await _harness.CountsAsync());
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "a.json", "--actor")]
    [InlineData("import", "a.json", "--actor", " ")]
    [InlineData("import", "a.json", "b.json")]
    [InlineData("export")]
    [InlineData("frobnicate")]
    public async Task A_command_used_wrongly_exits_2_with_its_usage(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Matches("^(Usage: |Unknown command)", error);
    }

    private async Task<string> WriteAsync(string name, string json)
    {
        var path = Path.Combine(_folder.FullName, name);
        await File.WriteAllTextAsync(path, json);
        return path;
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exit = await CommandLine.RunAsync(_harness.Services, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
