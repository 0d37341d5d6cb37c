using System.Data.Common;
using MassageCoverage.Web.Features.Catalog.Format;

namespace MassageCoverage.Web.Hosting.Cli;

/// <summary><c>import FILE [--actor NAME]</c>: the actor defaults to <c>import:&lt;file name&gt;</c> in the audit trail.</summary>
internal static class ImportCommand
{
    private const int MaxActorLength = 256;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var (path, actor) = args switch
        {
            [var file] => (file, null),
            [var file, "--actor", var name] => (file, name),
            _ => (null, null),
        };
        if (string.IsNullOrWhiteSpace(path) || path.StartsWith('-') || (actor is not null && (actor.Trim().Length == 0 || actor.Length > MaxActorLength)))
        {
            await error.WriteLineAsync($"Usage: import FILE [--actor NAME] (NAME: 1 to {MaxActorLength} characters).");
            return 2;
        }

        byte[] json;
        try
        {
            json = await File.ReadAllBytesAsync(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot read {path}: {ex.Message} Nothing was imported.");
            return 1;
        }

        actor ??= $"import:{Path.GetFileName(path)}";
        ImportResult result;
        try
        {
            await using var scope = services.CreateAsyncScope();
            result = await scope.ServiceProvider.GetRequiredService<CatalogImporter>().ImportAsync(json, actor);
        }
        catch (DbException ex)
        {
            await error.WriteLineAsync($"The database failed: {ex.Message} Nothing was imported.");
            return 1;
        }

        if (!result.Succeeded)
        {
            foreach (var problem in result.Errors)
            {
                await error.WriteLineAsync(problem.ToString());
            }

            await error.WriteLineAsync($"{Path.GetFileName(path)} was refused with {result.Errors.Count} error(s); nothing was imported.");
            return 1;
        }

        await output.WriteLineAsync($"Imported {Path.GetFileName(path)}: {result.Counts}.");
        return 0;
    }
}
