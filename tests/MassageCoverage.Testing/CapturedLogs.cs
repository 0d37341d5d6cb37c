using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace MassageCoverage.Testing;

/// <summary>Every log event the app writes, rendered as text with its properties, for privacy assertions.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>The events themselves, for a test that renders them as a sink would or reads their level.</summary>
    public IReadOnlyCollection<LogEvent> Events => _events;

    /// <summary>
    /// The first line that matches, waiting briefly: the request log is written as the response completes, which
    /// can be just after the client has read it.
    /// </summary>
    public async Task<string?> WaitForAsync(Func<string, bool> match, TimeSpan? limit = null)
    {
        var until = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            var line = _lines.FirstOrDefault(match);
            if (line is not null || DateTime.UtcNow >= until)
            {
                return line;
            }

            await Task.Delay(20);
        }
    }

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        using var writer = new StringWriter();
        logEvent.RenderMessage(writer);
        foreach (var (name, value) in logEvent.Properties)
        {
            writer.Write($" {name}={value}");
        }

        writer.Write(logEvent.Exception?.ToString());
        _lines.Enqueue(writer.ToString());
        _events.Enqueue(logEvent);
    }
}
