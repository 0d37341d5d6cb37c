using System.Globalization;

namespace MassageCoverage.Web.Api;

/// <summary>Dates on the API are calendar dates written yyyy-MM-dd, and nothing else.</summary>
internal static class IsoDate
{
    public const string Pattern = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool IsValid(string? text) => TryParse(text, out _);

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);
}
