using System.Globalization;

namespace MassageCoverage.Web;

/// <summary>
/// Calendar dates and times as the catalog format, the API, HTML date inputs and every page write them, whatever the
/// server's culture: yyyy-MM-dd, and yyyy-MM-dd HH:mm (UTC) for a moment. Exact, because the catalog format allows
/// nothing around a date; the API and the forms trim what people typed before they ask.
/// </summary>
public static class IsoDate
{
    public const string Pattern = "yyyy-MM-dd";

    // A datetime-local input posts its value to the minute, or to the second when the browser keeps seconds.
    private const string LocalMinute = Pattern + "THH:mm";
    private const string LocalSecond = LocalMinute + ":ss";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTrimmed(string? text, out DateOnly date) => TryParse(text?.Trim(), out date);

    public static DateOnly? Parse(string? text) => TryParse(text, out var date) ? date : null;

    /// <summary>A date input's value: blanks around it dropped.</summary>
    public static DateOnly? ParseTrimmed(string? text) => Parse(text?.Trim());

    public static bool IsValid(string? text) => TryParse(text, out _);

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;

    /// <summary>The UTC day of <paramref name="at"/>.</summary>
    public static string Day(DateTimeOffset at) => Format(DateOnly.FromDateTime(at.UtcDateTime));

    /// <summary>"2026-03-15 14:05", in UTC: when a row was changed or a call was made.</summary>
    public static string Minute(DateTimeOffset at) =>
        at.UtcDateTime.ToString(Pattern + " HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2026-03-15T14:05:09Z": an instant in a file a program reads (ISO 8601, UTC).</summary>
    public static string Instant(DateTimeOffset at) =>
        at.UtcDateTime.ToString(LocalSecond + "'Z'", CultureInfo.InvariantCulture);

    /// <summary>A datetime-local input's value (no zone: the reader's own), blanks around it dropped.</summary>
    public static DateTime? ParseLocal(string? value) =>
        DateTime.TryParseExact(value?.Trim(), [LocalMinute, LocalSecond], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The value a datetime-local input shows: "2026-03-15T14:05".</summary>
    public static string FormatLocal(DateTime local) => local.ToString(LocalMinute, CultureInfo.InvariantCulture);
}
