namespace MassageCoverage.Core;

/// <summary>Why a text is not an Employer Identification Number.</summary>
public enum EinProblem
{
    None,

    /// <summary>Not two digits, a hyphen and seven digits (12-3456789).</summary>
    Shape,

    /// <summary>Well formed, but its first two digits are a prefix the IRS does not assign.</summary>
    Prefix,
}

/// <summary>
/// The Employer Identification Number a clinic gives as its TIN on a Good Faith Estimate: written 12-3456789
/// [IRS, "Employer ID Numbers"], its first two digits one of the prefixes the IRS assigns (docs/domain.md section 5b).
/// </summary>
public static class Ein
{
    // The prefixes the IRS's campuses, its online application and the SBA assign ["How EINs are assigned and valid EIN
    // prefixes", IRS]: every two-digit number but these.
    private static readonly HashSet<int> _unassigned = [0, 7, 8, 9, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97];

    public static EinProblem Check(string? ein)
    {
        if (ein is not { Length: 10 } || ein[2] != '-' || !Digits(ein.AsSpan(0, 2)) || !Digits(ein.AsSpan(3)))
        {
            return EinProblem.Shape;
        }

        return _unassigned.Contains(((ein[0] - '0') * 10) + ein[1] - '0') ? EinProblem.Prefix : EinProblem.None;
    }

    /// <summary>Nine digits typed with or without the hyphen, spaces around, written as the IRS writes them; otherwise as given.</summary>
    public static string Normalise(string ein)
    {
        ArgumentNullException.ThrowIfNull(ein);
        var trimmed = ein.Trim();
        return trimmed.Length == 9 && Digits(trimmed) ? $"{trimmed[..2]}-{trimmed[2..]}" : trimmed;
    }

    private static bool Digits(ReadOnlySpan<char> text) => text.IndexOfAnyExceptInRange('0', '9') < 0;
}
