using System.Net.Sockets;
using System.Text;
using MassageCoverage.Testing;
using MassageCoverage.Web.Hosting.Logging;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace MassageCoverage.Web.Tests;

/// <summary>What a request puts in the log is escaped, and logged at the status and level it deserves.</summary>
[Collection(AppCollectionDefinition.Name)]
public class RequestLoggingTests(AppFixture app)
{
    [Theory]
    [InlineData("/no/such%0D%0A[12:00:00 INF] Forged: admin signed in")]
    [InlineData("/admin/medicaid/C%0AO")]
    [InlineData("/check%E2%80%A8Forged")]
    public async Task A_request_path_cannot_write_a_line_of_its_own_into_any_sink(string path)
    {
        var before = app.Factory.Logs.Events.Count;
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.NotNull(await app.Factory.Logs.WaitForAsync(l => l.StartsWith("HTTP \"GET\"", StringComparison.Ordinal) && l.Contains("responded", StringComparison.Ordinal)));
        var events = app.Factory.Logs.Events.Skip(before).Where(e => e.Exception is null).ToList();
        Assert.Contains(events, e => e.Properties.TryGetValue("RequestPath", out var p) && p.ToString().Contains("\\u2028", StringComparison.Ordinal) | p.ToString().Contains("\\n", StringComparison.Ordinal));
        var development = new MessageTemplateTextFormatter(LoggingSetup.DevelopmentTemplate);
        var json = new CompactJsonFormatter();
        foreach (var logEvent in events)
        {
            foreach (var rendered in new[] { Render(development, logEvent), Render(json, logEvent), Render(null, logEvent) })
            {
                var line = rendered.TrimEnd('\r', '\n');
                Assert.DoesNotContain(line, c => c is '\r' or '\n' or '\u2028' or '\u2029');
                Assert.DoesNotContain(line, char.IsControl);
            }
        }
    }

    [Fact]
    public void An_exception_that_carries_a_line_break_from_a_request_cannot_forge_a_line_in_the_readable_log()
    {
        var exception = new InvalidOperationException("Bad value 'x\r\n[12:00:00 INF] Forged: admin signed in'");
        var logEvent = new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Error, exception,
            new Serilog.Parsing.MessageTemplateParser().Parse("Request failed"), []);
        new ControlCharacterEscaper().Enrich(logEvent, null!);

        var lines = Render(new MessageTemplateTextFormatter(LoggingSetup.DevelopmentTemplate), logEvent).TrimEnd('\n').Split('\n');

        Assert.StartsWith("[", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("  | ", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Forged", StringComparison.Ordinal));
        var plain = Render(new MessageTemplateTextFormatter(LoggingSetup.DevelopmentTemplate),
            new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new Serilog.Parsing.MessageTemplateParser().Parse("Plain"), []));
        Assert.EndsWith("Plain" + Environment.NewLine, plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_goes_away_mid_upload_is_logged_at_information_not_as_a_500()
    {
        await using var factory = new AppFactory(app.Database.ConnectionString);
        var address = factory.StartKestrel();
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(address.Host, address.Port);
            var head = $"POST /check HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 100000\r\n\r\nAnswers.State=C";
            await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head));
            // Long enough for Kestrel to start the request and read what was sent; then the connection is reset.
            await Task.Delay(300);
            tcp.Client.LingerState = new LingerOption(true, 0);
        }

        var line = await factory.Logs.WaitForAsync(l => l.StartsWith("HTTP \"POST\" \"/check\" responded", StringComparison.Ordinal));
        Assert.True(line is not null, string.Join("\n", factory.Logs.Lines));
        Assert.StartsWith("HTTP \"POST\" \"/check\" responded 499", line, StringComparison.Ordinal);
        var request = Assert.Single(factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
            && e.Properties["RequestMethod"].ToString() == "\"POST\"");
        Assert.Equal(LogEventLevel.Information, request.Level);
        Assert.Null(request.Exception);
        Assert.DoesNotContain(factory.Logs.Events, e => e.Level >= LogEventLevel.Error);
    }

    private static string Render(Serilog.Formatting.ITextFormatter? formatter, LogEvent logEvent)
    {
        using var writer = new StringWriter();
        if (formatter is null)
        {
            logEvent.RenderMessage(writer);
        }
        else
        {
            formatter.Format(logEvent, writer);
        }

        return writer.ToString();
    }
}
