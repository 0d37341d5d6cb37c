namespace MassageCoverage.Core.Coverage;

/// <summary>The character shape of an ICD-10-CM code or of its first characters.</summary>
internal static class IcdShape
{
    private const int MaxLength = 7;

    /// <summary>Null when <paramref name="input"/> has the shape; otherwise why it has not.</summary>
    public static IcdProblem? Check(string? input, int minLength, out string normalised)
    {
        normalised = "";
        var text = input?.Trim().ToUpperInvariant() ?? "";
        if (text.Length == 0)
        {
            return new(IcdError.Empty, input);
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0 && (dot != 3 || dot == text.Length - 1 || text.LastIndexOf('.') != dot))
        {
            return new(IcdError.MisplacedDot, input);
        }

        var code = text.Replace(".", "", StringComparison.Ordinal);
        if (code.Length < minLength || code.Length > MaxLength || !HasShape(code))
        {
            return new(IcdError.BadShape, input);
        }

        normalised = code;
        return null;
    }

    private static bool HasShape(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            var ok = i switch
            {
                0 => char.IsAsciiLetterUpper(c),
                1 => char.IsAsciiDigit(c),
                _ => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
