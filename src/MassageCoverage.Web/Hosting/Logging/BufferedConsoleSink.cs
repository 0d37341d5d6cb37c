using System.Text;
using System.Threading.Channels;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Formatting;

namespace MassageCoverage.Web.Hosting.Logging;

/// <summary>
/// The console, written in batches by one writer loop in the background: a request only queues its event; the writer
/// formats what has queued into a buffer and writes it with one flush once the queue is empty. Serilog's own console sink
/// flushes each line (one write system call per line), which under load cost about a fifth of the app's CPU.
/// A full queue makes the logging thread wait rather than drop lines; disposing writes out what is queued.
/// </summary>
internal sealed class BufferedConsoleSink : ILogEventSink, IDisposable
{
    /// <summary>Lines held before a logging thread waits: a few seconds of the heaviest load this app has seen.</summary>
    public const int Capacity = 10_000;

    private readonly ITextFormatter formatter;
    private readonly TextWriter output;
    private readonly Channel<LogEvent> queue = Channel.CreateBounded<LogEvent>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private readonly Task writer;

    public BufferedConsoleSink(ITextFormatter formatter, Stream output)
    {
        this.formatter = formatter;
        this.output = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024)
        {
            AutoFlush = false,
        };
        writer = Task.Run(WriteAsync);
    }

    public void Emit(LogEvent logEvent)
    {
        if (queue.Writer.TryWrite(logEvent))
        {
            return;
        }

        try
        {
            // Full: wait for room, as a blocking console would.
            queue.Writer.WriteAsync(logEvent).AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException)
        {
            // Logged after the host disposed its logger: nothing is left to write it.
        }
    }

    private async Task WriteAsync()
    {
        var reader = queue.Reader;
        // Each event is formatted here first, so that one that fails leaves no half line in the output.
        var line = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var text = line.GetStringBuilder();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var logEvent))
            {
                text.Clear();
                try
                {
                    formatter.Format(logEvent, line);
                    output.Write(text);
                }
                catch (Exception e)
                {
                    // Any failure: were this loop to end, the queue would fill and every logging thread would wait.
                    SelfLog.WriteLine("A log event could not be written: {0}", e);
                }
            }

            Flush();
        }

        Flush();
    }

    private void Flush()
    {
        try
        {
            output.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // A closed pipe: the reader of the output went away.
            SelfLog.WriteLine("The console could not be written: {0}", e);
        }
    }

    /// <summary>Takes no more lines, writes out every queued one and flushes.</summary>
    public void Dispose()
    {
        queue.Writer.TryComplete();
        writer.GetAwaiter().GetResult();
        output.Dispose();
    }
}
