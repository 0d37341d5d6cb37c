using System.Globalization;

namespace MassageCoverage.Web.Features.Import;

/// <summary>Dates in the format are yyyy-MM-dd, nothing else.</summary>
internal static class IsoDate
{
    private const string Pattern = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly? Parse(string? text) => TryParse(text, out var date) ? date : null;

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;
}
