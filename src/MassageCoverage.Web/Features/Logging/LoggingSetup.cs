using Serilog;
using Serilog.Formatting.Compact;

namespace MassageCoverage.Web.Features.Logging;

/// <summary>
/// Serilog for the whole app. Request logs carry method, path (never the query string), status and time; framework
/// categories that echo URLs or SQL are held at Warning in appsettings.json so that no request data reaches a log.
/// </summary>
internal static class LoggingSetup
{
    public static WebApplicationBuilder AddAppLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        // preserveStaticLogger: each host logs through its own logger. Otherwise Serilog routes every ILogger<T> through
        // the static Log.Logger, which several hosts in one process (the tests) overwrite, mixing up their logs.
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: (services, log) =>
        {
            log.ReadFrom.Configuration(builder.Configuration)
               .ReadFrom.Services(services)
               .Enrich.FromLogContext();
            if (development)
            {
                log.WriteTo.Console(outputTemplate:
                    "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
            else
            {
                log.WriteTo.Console(new CompactJsonFormatter());
            }
        });
        return builder;
    }

    public static WebApplication UseAppRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // This app's own logger, not the static Log.Logger: several hosts in one process (the tests) would
            // otherwise send each other's request logs to whichever host was built last.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // The default template logs RequestPath, which excludes the query string; keep it that way.
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500
                    ? Serilog.Events.LogEventLevel.Error
                    : context.Request.Path.StartsWithSegments("/health")
                        ? Serilog.Events.LogEventLevel.Verbose
                        : Serilog.Events.LogEventLevel.Information;
        });
        return app;
    }
}
