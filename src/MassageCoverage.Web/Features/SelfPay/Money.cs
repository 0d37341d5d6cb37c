using System.Globalization;
using MassageCoverage.Web.Features.Language;

namespace MassageCoverage.Web.Features.SelfPay;

/// <summary>US dollars as staff type them and as a reader's language writes them ("$1,234.50" in both en-US and es-US).</summary>
public static class Money
{
    /// <summary>The most one session may cost: more is a typing mistake, not a price.</summary>
    public const decimal Max = 100_000m;

    private static readonly CultureInfo UsEnglish = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"95", "95.5", "$1,095.50": a positive amount to the cent at most; null for anything else.</summary>
    public static decimal? Parse(string? typed)
    {
        var text = typed?.Trim();
        if (text is { Length: > 0 } && text[0] == '$')
        {
            text = text[1..].TrimStart();
        }

        const NumberStyles Style = NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands;
        return decimal.TryParse(text, Style, UsEnglish, out var amount) && amount.Scale <= 2 ? amount : null;
    }

    /// <summary>In the reader's language, with cents: "$95.50".</summary>
    public static string Format(decimal amount) => amount.ToString("C2", Languages.Culture);

    /// <summary>As a form shows it back for editing: "95.50".</summary>
    public static string Plain(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
