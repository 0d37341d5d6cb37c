using System.Globalization;

namespace MassageCoverage.Web.Features.Language;

/// <summary>
/// The two languages a patient reads: English (en-US) and Spanish (es-US), the second language of many Medicaid
/// members (docs/domain.md section 7). US Spanish, so numbers, dates and dollars are written as US readers expect
/// ("$20", "1,000.5") while the words and month names are Spanish.
/// </summary>
public static class Languages
{
    public const string English = "en";
    public const string Spanish = "es";

    public static CultureInfo EnglishCulture { get; } = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo SpanishCulture { get; } = CultureInfo.GetCultureInfo("es-US");

    public static IReadOnlyList<CultureInfo> Cultures { get; } = [EnglishCulture, SpanishCulture];

    /// <summary>"en" or "es": the language of what is being written now (the request's, set by request localization).</summary>
    public static string Current => Of(CultureInfo.CurrentUICulture);

    public static bool IsEnglish => Current == English;

    /// <summary>
    /// The culture that writes numbers, dates and money for the current reader: en-US or es-US, also where no request
    /// set one (a command, a test), so "$20" never comes out as the invariant culture's "¤20".
    /// </summary>
    public static CultureInfo Culture => IsEnglish ? EnglishCulture : SpanishCulture;

    public static string Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == Spanish ? Spanish : English;
    }

    /// <summary>The culture of "en" or "es" (any case, or a tag such as "es-MX"); null for any other language.</summary>
    public static CultureInfo? CultureOf(string? language)
    {
        var primary = language?.Trim().Split('-', 2)[0];
        return primary?.ToLowerInvariant() switch
        {
            English => EnglishCulture,
            Spanish => SpanishCulture,
            _ => null,
        };
    }

    /// <summary>Runs <paramref name="write"/> in <paramref name="language"/>'s culture: a message to someone whose language is not the request's.</summary>
    public static T In<T>(string? language, Func<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var chosen = CultureOf(language) ?? EnglishCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = chosen;
            return write();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
