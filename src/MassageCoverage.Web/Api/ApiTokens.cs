using System.Collections.Frozen;
using System.Text.Json;

namespace MassageCoverage.Web.Api;

/// <summary>
/// The camelCase words the API uses for enum values (medicareAdvantage, massageTherapist), the same the JSON converter
/// writes. Only names are accepted: <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> would also take "1".
/// </summary>
internal static class ApiTokens
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>"private, medicare, medicareAdvantage or medicaid", for error messages.</summary>
    public static string List<TEnum>() where TEnum : struct, Enum
    {
        var tokens = Enum.GetValues<TEnum>().Select(Of).ToList();
        return $"{string.Join(", ", tokens[..^1])} or {tokens[^1]}";
    }

    /// <summary>Accepts a token ignoring case and surrounding space.</summary>
    public static bool TryParse<TEnum>(string? token, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return token is not null && Cache<TEnum>.ByToken.TryGetValue(token.Trim(), out value);
    }

    public static bool IsValid<TEnum>(string? token) where TEnum : struct, Enum => TryParse<TEnum>(token, out _);

    private static class Cache<TEnum> where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<string, TEnum> ByToken =
            Enum.GetValues<TEnum>().ToFrozenDictionary(Of, StringComparer.OrdinalIgnoreCase);
    }
}
