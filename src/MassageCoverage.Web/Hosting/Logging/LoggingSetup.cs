using Serilog;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace MassageCoverage.Web.Hosting.Logging;

/// <summary>
/// Serilog for the whole app. Request logs carry method, path (never the query string), status and time; framework
/// categories that echo URLs or SQL are held at Warning in appsettings.json so that no request data reaches a log.
/// </summary>
internal static class LoggingSetup
{
    public const string DevelopmentTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{" + ControlCharacterEscaper.ExceptionProperty + "}";

    public static WebApplicationBuilder AddAppLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, log) =>
        {
            log.ReadFrom.Configuration(builder.Configuration)
               .ReadFrom.Services(services)
               .Enrich.FromLogContext()
               // Last, so that it sees every property the others added.
               .Enrich.With<ControlCharacterEscaper>();
            // The console is written on a background thread, in batches (BufferedConsoleSink): a request no longer
            // formats its lines and waits for the terminal or pipe, and a busy minute costs a few writes, not one per
            // line. What is queued is written when the host disposes the logger as it stops.
            ITextFormatter formatter = development
                ? new MessageTemplateTextFormatter(DevelopmentTemplate, formatProvider: null)
                : new CompactJsonFormatter();
            log.WriteTo.Sink(new BufferedConsoleSink(formatter, Console.OpenStandardOutput()));
        },
        // Each host keeps its own logger instead of replacing the process-wide static one: several hosts in one
        // process (the tests) would otherwise log into whichever started last.
        preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// Outermost, before the exception handler and the status code pages: the request is logged once, under the
    /// address asked for, with the status the client received after an error page was re-executed (a 503 during a
    /// database outage), not the 500 the exception would have meant inside them.
    /// </summary>
    public static WebApplication UseAppRequestLogging(this WebApplication app)
    {
        app.UseMiddleware<RequestLog>(app.Services.GetRequiredService<Serilog.ILogger>());
        return app;
    }
}
