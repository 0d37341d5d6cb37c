using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using MassageCoverage.Testing;
using MassageCoverage.Web.Tests.Api;

namespace MassageCoverage.Web.Tests;

/// <summary>
/// The console sink writes on a background thread, so a line can still be buffered when the app is told to stop. The
/// app runs here as its own process (the test host captures no console), as a container runs it: its standard output
/// must hold the last check it decided and its own shutdown lines once it has exited.
/// </summary>
public sealed partial class ShutdownLoggingTests : OwnDatabaseTests
{
    [Fact]
    public async Task Lines_still_buffered_when_the_app_is_stopped_reach_its_output()
    {
        using var server = Process.Start(StartInfo(Database.ConnectionString))!;
        var output = new List<string>();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(line.Data);
            }

            if (ListeningAddress().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        server.BeginOutputReadLine();
        try
        {
            // Guards against a hung process, not speed limits: on a loaded two-core machine a start takes a while.
            var address = await listening.Task.WaitAsync(TimeSpan.FromMinutes(3));
            using var client = new HttpClient { BaseAddress = address };
            using var response = await client.PostAsJsonAsync(new Uri("/api/v1/coverage-checks", UriKind.Relative), CheckBodies.AcmeGoldAllMet());
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

            using (var stop = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await stop.WaitForExitAsync();
            }

            await server.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }

        // WaitForExitAsync returns once the output is read to its end.
        Assert.Equal(0, server.ExitCode);
        var all = string.Join('\n', output);
        Assert.Contains("coverage check decided", all, StringComparison.Ordinal);
        Assert.Contains("Application is shutting down", all, StringComparison.Ordinal);
    }

    /// <summary>The app built beside the tests, in Production (its JSON console), on a free loopback port.</summary>
    private static ProcessStartInfo StartInfo(string connectionString)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "MassageCoverage.Web.dll") },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Default"] = connectionString;
        start.Environment["Clinic__TimeZone"] = "Etc/UTC";
        return start;
    }

    [GeneratedRegex("\"address\":\"(http://[^\"]+)\"")]
    private static partial Regex ListeningAddress();
}
