using System.Globalization;

namespace MassageCoverage.Web;

/// <summary>
/// Calendar dates as the catalog format, the API and HTML date inputs write them: yyyy-MM-dd, whatever the server's
/// culture. Exact, because the catalog format allows nothing around a date; the API and the forms trim what people
/// typed before they ask.
/// </summary>
public static class IsoDate
{
    public const string Pattern = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTrimmed(string? text, out DateOnly date) => TryParse(text?.Trim(), out date);

    public static DateOnly? Parse(string? text) => TryParse(text, out var date) ? date : null;

    public static bool IsValid(string? text) => TryParse(text, out _);

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;
}
