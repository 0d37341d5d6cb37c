using System.Buffers;
using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace MassageCoverage.Web.Hosting.Logging;

/// <summary>
/// Escapes control characters (and the Unicode line separators) in every string a log event carries, before any
/// sink sees it: request paths, route values and headers come from whoever sent the request, and a raw CR LF in one
/// would write a forged line into the readable Development log. One enricher covers every sink and every category.
/// </summary>
internal sealed class ControlCharacterEscaper : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        List<LogEventProperty>? escaped = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (Escape(value) is { } clean)
            {
                (escaped ??= []).Add(new LogEventProperty(name, clean));
            }
        }

        foreach (var property in escaped ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }

        if (logEvent.Exception is not null)
        {
            // Only the readable template names it; the JSON sink writes the exception itself, JSON-escaped.
            logEvent.AddOrUpdateProperty(new LogEventProperty(ExceptionProperty, new ScalarValue(Framed(logEvent.Exception))));
        }
    }

    /// <summary>What the readable log prints for an exception instead of its raw text.</summary>
    public const string ExceptionProperty = "ExceptionDetail";

    /// <summary>
    /// A stack trace keeps its lines, but each is indented behind a bar and escaped within, so a message that carries
    /// a request's CR LF cannot start a line that reads as a log entry of its own.
    /// </summary>
    private static string Framed(Exception exception)
    {
        var framed = new StringBuilder();
        foreach (var line in exception.ToString().Split('\n'))
        {
            framed.Append("  | ").Append(EscapeText(line.TrimEnd('\r'))).Append('\n');
        }

        return framed.ToString();
    }

    /// <summary>The escaped value, or null when it holds nothing to escape.</summary>
    private static LogEventPropertyValue? Escape(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text } when NeedsEscape(text):
                return new ScalarValue(EscapeText(text));
            case SequenceValue sequence when sequence.Elements.Any(e => Escape(e) is not null):
                return new SequenceValue(sequence.Elements.Select(e => Escape(e) ?? e));
            case StructureValue structure when structure.Properties.Any(p => Escape(p.Value) is not null):
                return new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Escape(p.Value) ?? p.Value)), structure.TypeTag);
            case DictionaryValue dictionary when dictionary.Elements.Any(e => Escape(e.Key) is not null || Escape(e.Value) is not null):
                return new DictionaryValue(dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(
                    (ScalarValue?)Escape(e.Key) ?? e.Key, Escape(e.Value) ?? e.Value)));
            default:
                return null;
        }
    }

    /// <summary>What <see cref="char.IsControl(char)"/> calls control (C0, DEL, C1) and the two line separators.</summary>
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c), '\u2028', '\u2029']);

    /// <summary>Asked of every string of every event: one vectorized scan, no allocation.</summary>
    private static bool NeedsEscape(string text) => text.AsSpan().ContainsAny(Unsafe);

    private static bool IsUnsafe(char c) => Unsafe.Contains(c);

    internal static string EscapeText(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when IsUnsafe(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
