using System.Data.Common;
using System.Text;
using MassageCoverage.Web.Features.Catalog.Format;

namespace MassageCoverage.Web.Hosting.Cli;

/// <summary><c>export FILE</c>: every plan and state in the import format; the file is replaced.</summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        if (args is not [var path] || string.IsNullOrWhiteSpace(path) || path.StartsWith('-'))
        {
            await error.WriteLineAsync("Usage: export FILE.");
            return 2;
        }

        string json;
        try
        {
            await using var scope = services.CreateAsyncScope();
            json = await scope.ServiceProvider.GetRequiredService<CatalogExporter>().ExportAsync();
        }
        catch (DbException ex)
        {
            await error.WriteLineAsync($"The database failed: {ex.Message}");
            return 1;
        }

        try
        {
            await File.WriteAllTextAsync(path, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot write {path}: {ex.Message}");
            return 1;
        }

        await output.WriteLineAsync($"Exported the catalog to {path}.");
        return 0;
    }
}
