using System.Diagnostics.CodeAnalysis;

namespace MassageCoverage.Core.Coverage;

/// <summary>ICD-10-CM codes: shape, normal form (upper case, no dot) and the codes that no longer exist.</summary>
public static class IcdCode
{
    // Deleted on 2021-10-01 (FY2022 ICD-10-CM), split by laterality of the cause (docs/domain.md section 2).
    private static readonly Dictionary<string, IcdDeletion> _deleted = new(StringComparer.Ordinal)
    {
        ["M545"] = new("M545", new DateOnly(2021, 10, 1), ["M54.50", "M54.51", "M54.59"]),
    };

    /// <summary>Trimmed, upper case, dot removed; no check of the shape.</summary>
    public static string Normalise(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    /// <summary>
    /// Whether <paramref name="code"/> starts with <paramref name="prefix"/>, both compared in normal form (as
    /// <see cref="Normalise"/> makes it), without building either normal form: the engine compares every prefix of a
    /// rule on every evaluation.
    /// </summary>
    internal static bool StartsWith(string code, string prefix)
    {
        var c = code.AsSpan().Trim();
        var i = 0;
        foreach (var ch in prefix.AsSpan().Trim())
        {
            if (ch == '.')
            {
                continue;
            }

            while (i < c.Length && c[i] == '.')
            {
                i++;
            }

            if (i >= c.Length || char.ToUpperInvariant(c[i]) != char.ToUpperInvariant(ch))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary>The normal form with its dot after the third character, as patients read it: M54.50.</summary>
    public static string Format(string normalised)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        return normalised.Length > 3 ? $"{normalised[..3]}.{normalised[3..]}" : normalised;
    }

    /// <summary>
    /// Accepts a code of ICD-10-CM shape (a letter, a digit, a letter or digit, then up to four more; a dot only
    /// after the third character) that has not been deleted. <paramref name="normalised"/> is M5450 for "m54.50".
    /// </summary>
    public static bool TryParse(string? input, out string normalised, [NotNullWhen(false)] out IcdProblem? error)
    {
        normalised = "";
        error = IcdShape.Check(input, minLength: 3, out var candidate);
        if (error is null && _deleted.TryGetValue(candidate, out var deletion))
        {
            error = new(IcdError.Deleted, input, deletion);
        }

        if (error is not null)
        {
            return false;
        }

        normalised = candidate;
        return true;
    }

    /// <summary>Accepts a diagnosis prefix for a rule: 1 to 7 characters of the same shape as the start of a code.</summary>
    public static bool TryParsePrefix(string? input, out string normalised, [NotNullWhen(false)] out IcdProblem? error)
    {
        error = IcdShape.Check(input, minLength: 1, out var candidate);
        normalised = error is null ? candidate : "";
        return error is null;
    }
}
