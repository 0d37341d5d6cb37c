using System.Globalization;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Check;

/// <summary>
/// The codes a patient meets, in their language: a service ("CPT 97124 (massage)") and the diagnoses the check's
/// search knows, found by the words of either language or the start of the code.
/// </summary>
public static class CodeText
{
    /// <summary>"CPT 97124 (massage)" for a known code, "CPT 12345" for another.</summary>
    public static string Service(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var known = CptCodes.Find(code);
        return known is null
            ? Words.Format(AnswerStrings.ServiceOther, code.Trim())
            : Words.Format(AnswerStrings.ServiceKnown, known.Code,
                AnswerStrings.ResourceManager.GetString("Cpt" + known.Code, CultureInfo.CurrentUICulture) ?? known.Description);
    }

    /// <summary>The service in plain words ("massage"), the CPT descriptor for a code without them, the code itself for an unknown one.</summary>
    public static string ServiceName(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var known = CptCodes.Find(code);
        return known is null ? code.Trim()
            : AnswerStrings.ResourceManager.GetString("Cpt" + known.Code, CultureInfo.CurrentUICulture) ?? known.Description;
    }

    /// <summary>"M54.50 (low back pain, unspecified)" for a code the catalog lists, the code alone for another.</summary>
    public static string Diagnosis(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var entry in IcdCatalog.All)
        {
            if (string.Equals(IcdCode.Format(entry.Code), code, StringComparison.OrdinalIgnoreCase) || entry.Code == IcdCode.Normalise(code))
            {
                return $"{IcdCode.Format(entry.Code)} ({Describe(entry)})";
            }
        }

        return code;
    }

    /// <summary>A diagnosis in the reader's words; the catalog's English words for a code with no translation.</summary>
    public static string Describe(IcdEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return CodeStrings.ResourceManager.GetString("Icd" + entry.Code, CultureInfo.CurrentUICulture) ?? entry.Description;
    }

    /// <summary>
    /// The diagnoses where every word of <paramref name="words"/> is found in the reader's description or the English
    /// one (ignoring case and accents: "dolor lumbar", "espalda", "back spasm") or begins the code ("M54.5"); none for
    /// a blank search.
    /// </summary>
    public static IReadOnlyList<IcdEntry> Search(string? words)
    {
        var terms = (words ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (terms.Length == 0)
        {
            return [];
        }

        return [.. IcdCatalog.All.Where(e => terms.All(t => Matches(e, t)))];
    }

    private static bool Matches(IcdEntry entry, string term)
    {
        var compare = Languages.Culture.CompareInfo;
        const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
        return compare.IndexOf(Describe(entry), term, Loose) >= 0
            || compare.IndexOf(entry.Description, term, Loose) >= 0
            || entry.Code.StartsWith(IcdCode.Normalise(term), StringComparison.Ordinal);
    }
}
