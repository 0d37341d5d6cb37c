using System.Collections.Concurrent;
using System.Diagnostics;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

/// <summary>
/// Counts the SQL commands one request sends, through Npgsql's own tracing. Each request carries a W3C traceparent
/// of its own; the app's request activity takes its trace id, and so does every command Npgsql runs inside it, so
/// commands of other tests, other apps in this process and the catalog's background poller are never counted.
/// </summary>
internal sealed class SqlCommandCounter : IDisposable
{
    private readonly ConcurrentDictionary<ActivityTraceId, int> _commands = new();
    private readonly ActivityListener _listener;

    public SqlCommandCounter()
    {
        _listener = new ActivityListener
        {
            // The hosting source has to be listened to, or ASP.NET Core makes no request activity to parent the commands.
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql" && activity.Kind == ActivityKind.Client)
                {
                    _commands.AddOrUpdate(activity.TraceId, 1, (_, count) => count + 1);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Sends a GET under a trace of its own and returns the response with the SQL commands it cost.</summary>
    public async Task<(HttpResponseMessage Response, int Commands)> GetAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return (response, _commands.GetValueOrDefault(trace));
    }

    public void Dispose() => _listener.Dispose();
}
