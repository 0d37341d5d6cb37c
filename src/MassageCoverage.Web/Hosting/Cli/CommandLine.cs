namespace MassageCoverage.Web.Hosting.Cli;

/// <summary>
/// The app's own command-line entry, against the configured database; with no command the app serves HTTP.
/// <c>migrate</c> applies migrations and seeds reference data (never an account); <c>import FILE [--actor NAME]</c>
/// imports plans and Medicaid criteria all or nothing; <c>export FILE</c> writes them in the same format;
/// <c>create-admin EMAIL</c> creates an admin; <c>seed-demo</c> creates the demo accounts, and only it does, so a
/// command run against a production database never leaves known accounts behind. Exit codes: 0 done, 1 refused
/// or failed (the reasons on stderr), 2 usage.
/// </summary>
internal static class CommandLine
{
    public const string Usage = "Commands: migrate | import FILE [--actor NAME] | export FILE | create-admin EMAIL | seed-demo.";

    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static Task<int> RunAsync(WebApplication app, string[] args) =>
        RunAsync(app.Services, args, Console.Out, Console.Error);

    /// <summary>The same entry with its services and output given: what the tests call in-process.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        switch (args[0])
        {
            case "migrate":
                await using (var scope = services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
                }

                return 0;
            case "seed-demo":
                return await AccountCommands.SeedDemoAsync(services, output);
            case "import":
                return await ImportCommand.RunAsync(services, args[1..], output, error);
            case "export":
                return await ExportCommand.RunAsync(services, args[1..], output, error);
            case "create-admin":
                return await AccountCommands.CreateAdminAsync(services, args, output, error);
            default:
                await error.WriteLineAsync($"Unknown command '{args[0]}'. {Usage}");
                return 2;
        }
    }
}
