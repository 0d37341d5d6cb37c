using MassageCoverage.Web.Data;

namespace MassageCoverage.Web.Features.Cli;

/// <summary>
/// The app's own command-line entry: <c>MassageCoverage.Web migrate</c> applies migrations and seeds reference
/// data against the configured database, then exits. With no command the app serves HTTP.
/// </summary>
internal static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        switch (args[0])
        {
            case "migrate":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
                }

                await AccountCommands.PrintNewDemoAccountsAsync(app.Services);
                return 0;
            case "create-admin":
                return await AccountCommands.CreateAdminAsync(app, args);
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands: migrate, create-admin EMAIL.");
                return 2;
        }
    }
}
