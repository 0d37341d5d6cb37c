using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace MassageCoverage.Benchmarks;

/// <summary>
/// Records every garbage-collection pause of a running .NET process for a while, through its diagnostics port (the
/// runtime's GC events over EventPipe, as dotnet-trace reads them): a pause runs from the runtime suspending managed
/// threads for a collection to it letting them go again. Prints the count, the total, the longest pauses and each
/// one over the limit, with its generation and when it happened. Used by ./build.sh bench-swap (the BenchmarkDotNet
/// packages bring both libraries).
/// </summary>
public static class GcPauses
{
    public static async Task<int> RunAsync(int processId, TimeSpan duration, double limitMs)
    {
        var client = new DiagnosticsClient(processId);
        var gc = new EventPipeProvider(ClrTraceEventParser.ProviderName, EventLevel.Informational, (long)ClrTraceEventParser.Keywords.GC);
        using var session = client.StartEventPipeSession([gc], requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);

        var pauses = new List<(double At, double Ms, int Generation)>();
        double suspendedAt = -1;
        var generation = -1;
        source.Clr.GCSuspendEEStart += e => suspendedAt = e.TimeStampRelativeMSec;
        source.Clr.GCStart += (GCStartTraceData e) => generation = e.Depth;
        source.Clr.GCRestartEEStop += e =>
        {
            if (suspendedAt >= 0)
            {
                pauses.Add((suspendedAt, e.TimeStampRelativeMSec - suspendedAt, generation));
            }

            suspendedAt = -1;
            generation = -1;
        };

        var processing = Task.Run(source.Process);
        await Task.Delay(duration);
        session.Stop();
        await processing;

        var inv = CultureInfo.InvariantCulture;
        var sorted = pauses.Select(p => p.Ms).Order().ToArray();
        Console.WriteLine(string.Create(inv, $"GC pauses in {duration.TotalSeconds:0} s: {pauses.Count}, total {sorted.Sum():0.0} ms, " +
            $"p99 {Percentile(sorted, 0.99):0.00} ms, longest {(sorted.Length > 0 ? sorted[^1] : 0):0.00} ms"));
        foreach (var (at, ms, gen) in pauses.Where(p => p.Ms > limitMs))
        {
            Console.WriteLine(string.Create(inv, $"  over {limitMs:0} ms: {ms:0.00} ms (gen {gen}) at {at / 1000:0.0} s"));
        }

        return pauses.Any(p => p.Ms > limitMs) ? 1 : 0;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
