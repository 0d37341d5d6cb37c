using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Data;

/// <summary>
/// The one JSON shape of a rule's terms: the jsonb column, the audit entries (through the import format) and the
/// format itself use these names and words (camelCase, enums as camelCase words). Reading is strict both ways: a
/// property with no term, or a missing required one, fails loudly instead of dropping a value.
/// </summary>
public static class RuleTermsJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Write(RuleTerms terms) => JsonSerializer.Serialize(terms, Options);

    public static RuleTerms Read(string json) =>
        JsonSerializer.Deserialize<RuleTerms>(json, Options) ?? throw new JsonException("A rule's terms are null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            NumberHandling = JsonNumberHandling.Strict,
            RespectNullableAnnotations = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
