using System.IO.Pipelines;
using System.Text;
using MassageCoverage.Web.Hosting.Logging;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace MassageCoverage.Web.Tests;

/// <summary>The console the app logs to: batched, in order, never dropping a line, written out when disposed.</summary>
public class BufferedConsoleSinkTests
{
    private static readonly MessageTemplateTextFormatter Lines = new("{Message:lj}{NewLine}");

    [Fact]
    public void Every_line_is_written_in_order_when_more_arrive_than_the_queue_holds()
    {
        const int count = BufferedConsoleSink.Capacity * 3;
        using var output = new MemoryStream();
        using (var sink = new BufferedConsoleSink(Lines, new KeepOpen(output)))
        {
            for (var i = 0; i < count; i++)
            {
                sink.Emit(Event($"line {i}"));
            }
        }

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"line {i}"), lines);
    }

    [Fact]
    public async Task A_line_reaches_the_output_while_the_app_runs_not_only_when_it_stops()
    {
        var pipe = new Pipe();
        using var sink = new BufferedConsoleSink(Lines, pipe.Writer.AsStream());
        using var reader = new StreamReader(pipe.Reader.AsStream());

        sink.Emit(Event("Now listening on: http://127.0.0.1:5080"));

        // Guards against a hang, not a speed limit.
        var line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("Now listening on: http://127.0.0.1:5080", line);
    }

    [Fact]
    public void An_event_that_cannot_be_formatted_does_not_stop_the_lines_after_it()
    {
        using var output = new MemoryStream();
        using (var sink = new BufferedConsoleSink(new FailingOn("bad", Lines), new KeepOpen(output)))
        {
            sink.Emit(Event("first"));
            sink.Emit(Event("bad"));
            sink.Emit(Event("last"));
        }

        Assert.Equal("first\nlast\n", Encoding.UTF8.GetString(output.ToArray()).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_line_logged_after_the_sink_is_disposed_is_dropped_without_an_error()
    {
        using var output = new MemoryStream();
        var sink = new BufferedConsoleSink(Lines, new KeepOpen(output));
        sink.Dispose();

        sink.Emit(Event("too late"));

        Assert.Empty(output.ToArray());
    }

    private static LogEvent Event(string text) =>
        new(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null, new MessageTemplate([new TextToken(text)]), []);

    private sealed class FailingOn(string text, ITextFormatter inner) : ITextFormatter
    {
        public void Format(LogEvent logEvent, TextWriter output)
        {
            if (logEvent.MessageTemplate.Text == text)
            {
                output.Write("partial");
                throw new InvalidOperationException("cannot format");
            }

            inner.Format(logEvent, output);
        }
    }

    /// <summary>The sink disposes its output as the console's is disposed; the test still reads it afterwards.</summary>
    private sealed class KeepOpen(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
