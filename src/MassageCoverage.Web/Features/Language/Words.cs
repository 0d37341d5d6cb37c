using System.Globalization;

namespace MassageCoverage.Web.Features.Language;

/// <summary>A resource's template filled in the current culture: numbers, dates and money as the reader writes them.</summary>
public static class Words
{
    public static string Format(string template, params object?[] values) =>
        string.Format(Languages.Culture, template, values);

    /// <summary>A date in a sentence a patient reads: "March 15, 2026", "15 de marzo de 2026"; "never" when there is none.</summary>
    public static string Date(DateOnly? date) =>
        date?.ToString(Resources.SiteStrings.DateFormat, Languages.Culture) ?? Resources.SiteStrings.DateNever;

    /// <summary>A wall-clock time a patient reads: "March 1, 2026, 2:05 PM", "1 de marzo de 2026, 14:05".</summary>
    public static string DateTime(DateTime local) => local.ToString(Resources.SiteStrings.DateTimeFormat, Languages.Culture);
}
