using System.Diagnostics;
using Serilog.Events;
using Serilog.Parsing;

namespace MassageCoverage.Web.Hosting.Logging;

/// <summary>
/// One line per request, written when the response is done: method, path (never the query string), the status the
/// client received and the time taken. A request that ran a coverage check carries the check's outcome on the same
/// line (<see cref="RecordCheck"/>), so an operator reads one line per check and the app writes one: a second line per
/// check cost the check API a twelfth of its CPU.
/// </summary>
internal sealed class RequestLog(RequestDelegate next, Serilog.ILogger logger)
{
    private static readonly MessageTemplate Plain =
        new MessageTemplateParser().Parse("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms");

    private static readonly MessageTemplate WithCheck = new MessageTemplateParser().Parse(
        "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms; "
        + "coverage check decided {Decision} ({PlanType}, plan {PlanCode}, state {State}, rule {RuleId}) from the {Channel}");

    private readonly Serilog.ILogger _logger = logger.ForContext<RequestLog>();

    /// <summary>
    /// Notes a check's outcome on the line of the request running it; false outside a request (the caller then logs
    /// the check on a line of its own).
    /// </summary>
    public static bool RecordCheck(HttpContext? context, CheckLogEntry entry) =>
        context?.Features.Get<CheckLogFeature>() is { } feature && feature.Record(entry);

    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        var feature = new CheckLogFeature();
        context.Features.Set(feature);
        try
        {
            await next(context);
            Write(context, feature, context.Response.StatusCode, start, null);
        }
        catch (Exception exception) when (Write(context, feature, StatusCodes.Status500InternalServerError, start, exception))
        {
            // Never reached: Write returns false, so the exception goes on to the host with its stack intact.
        }
    }

    private bool Write(HttpContext context, CheckLogFeature feature, int status, long start, Exception? exception)
    {
        var level = LevelOf(context, status, exception);
        if (!_logger.IsEnabled(level))
        {
            return false;
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var check = feature.Entry;
        var properties = new LogEventProperty[check is null ? 4 : 10];
        properties[0] = new("RequestMethod", new ScalarValue(context.Request.Method));
        properties[1] = new("RequestPath", new ScalarValue(context.Request.Path.Value));
        properties[2] = new("StatusCode", new ScalarValue(status));
        properties[3] = new("Elapsed", new ScalarValue(elapsed));
        if (check is { } c)
        {
            properties[4] = new("Decision", new ScalarValue(c.Decision));
            properties[5] = new("PlanType", new ScalarValue(c.PlanType));
            properties[6] = new("PlanCode", new ScalarValue(c.PlanCode));
            properties[7] = new("State", new ScalarValue(c.State));
            properties[8] = new("RuleId", new ScalarValue(c.RuleId));
            properties[9] = new("Channel", new ScalarValue(c.Channel));
        }

        _logger.Write(new LogEvent(DateTimeOffset.Now, level, exception, check is null ? Plain : WithCheck, properties));
        return false;
    }

    // A client that went away is no fault of ours: the exception handler answers it 499, and it is noted at Information
    // rather than as an error with a stack trace. Health probes are noted only when asked for (Verbose).
    private static LogEventLevel LevelOf(HttpContext context, int status, Exception? exception) =>
        context.RequestAborted.IsCancellationRequested ? LogEventLevel.Information
        : exception is not null || status >= 500 ? LogEventLevel.Error
        : context.Request.Path.StartsWithSegments("/health") ? LogEventLevel.Verbose
        : LogEventLevel.Information;

    /// <summary>Where the check run by this request leaves its outcome; a second check of one request is logged apart.</summary>
    private sealed class CheckLogFeature
    {
        public CheckLogEntry? Entry { get; private set; }

        public bool Record(CheckLogEntry entry)
        {
            if (Entry is not null)
            {
                return false;
            }

            Entry = entry;
            return true;
        }
    }
}

/// <summary>A check's outcome as the log carries it: identifiers and codes, never an answer the patient gave.</summary>
internal readonly record struct CheckLogEntry(
    object Decision, object PlanType, string? PlanCode, string? State, long? RuleId, object Channel);
