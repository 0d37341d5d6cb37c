using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// Reads and writes the format. Reading is strict (exact camelCase names, no unknown or duplicate properties, no
/// numbers in strings) because a misspelt key silently ignored would import a rule nobody wrote. Writing is
/// deterministic (every field, two-space indent, LF) so that exports of one catalog are byte-identical.
/// </summary>
internal static class CatalogJson
{
    /// <summary>For files: indented, every field written, readable apostrophes and accents.</summary>
    public static JsonSerializerOptions File { get; } = Create(indented: true);

    /// <summary>For audit snapshots and change detection: one line.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    public static string Write(CatalogDocument document) => JsonSerializer.Serialize(document, File) + "\n";

    public static string Snapshot<T>(T value) => JsonSerializer.Serialize(value, Compact);

    public static bool TryRead(string json, out CatalogDocument document, out ImportError? error) =>
        TryRead(System.Text.Encoding.UTF8.GetBytes(json), out document, out error);

    /// <summary>
    /// The document, or the one error that stopped the parser, with its path and line. It reads the file's UTF-8
    /// bytes as they are (a byte order mark skipped): no copy of the file as text is made.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8Json, out CatalogDocument document, out ImportError? error)
    {
        document = new CatalogDocument();
        try
        {
            var read = JsonSerializer.Deserialize<CatalogDocument>(
                utf8Json.StartsWith(System.Text.Encoding.UTF8.Preamble) ? utf8Json[3..] : utf8Json, File);
            if (read is null)
            {
                error = new ImportError("$", "the file must hold a JSON object with a plans or medicaid array, not null");
                return false;
            }

            document = read;
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = new ImportError(ex.Path ?? "$", JsonErrorText.Describe(ex));
            return false;
        }
    }

    /// <summary>
    /// Refuses a NUL (<c>\u0000</c>) in any text, at its path: PostgreSQL refuses it in text columns, and the import
    /// would otherwise fail whole at commit with no field to point at.
    /// </summary>
    private sealed class StoredText : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException("The JSON value could not be converted to a text.");
            }

            var text = reader.GetString()!;
            return text.Contains('\0', StringComparison.Ordinal)
                ? throw new JsonException("the text holds a NUL character (\\u0000), which cannot be stored")
                : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            NumberHandling = JsonNumberHandling.Strict,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            // A file, not HTML: keep "Oregon's" readable instead of "Oregon\u0027s".
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            NewLine = "\n",
            Converters = { new StoredText() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
