using System.Globalization;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// Dates in the catalog file and on the API: calendar dates written yyyy-MM-dd, nothing else. A file is written by a
/// program and must be exact; an API client may leave spaces around a date, which <see cref="TryParseTrimmed"/> forgives.
/// </summary>
internal static class IsoDate
{
    private const string Pattern = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTrimmed(string? text, out DateOnly date) => TryParse(text?.Trim(), out date);

    public static DateOnly? Parse(string? text) => TryParse(text, out var date) ? date : null;

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;
}
