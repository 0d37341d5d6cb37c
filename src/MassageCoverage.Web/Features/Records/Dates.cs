using System.Globalization;

namespace MassageCoverage.Web.Features.Records;

/// <summary>
/// Dates and times as HTML inputs post them, whatever the server's culture: a date input's value is an
/// <see cref="IsoDate"/> with blanks around it dropped, a datetime-local input's is yyyy-MM-ddTHH:mm.
/// </summary>
public static class Dates
{
    public static DateOnly? Parse(string? value) => IsoDate.Parse(value?.Trim());

    public static DateTime? ParseLocal(string? value) =>
        DateTime.TryParseExact(value?.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string FormatLocal(DateTime local) => local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}
