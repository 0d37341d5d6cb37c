namespace MassageCoverage.Core.Coverage;

/// <summary>The character shape of an ICD-10-CM code or of its first characters.</summary>
internal static class IcdShape
{
    private const int MaxLength = 7;

    /// <summary>Null when <paramref name="input"/> has the shape; otherwise the message a user reads.</summary>
    public static string? Check(string? input, int minLength, out string normalised)
    {
        normalised = "";
        var text = input?.Trim().ToUpperInvariant() ?? "";
        if (text.Length == 0)
        {
            return "Enter an ICD-10-CM code, such as M54.50.";
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0 && (dot != 3 || dot == text.Length - 1 || text.LastIndexOf('.') != dot))
        {
            return $"{Quoted.Of(input)} is not an ICD-10-CM code: a dot may only follow the third character, as in M54.50.";
        }

        var code = text.Replace(".", "", StringComparison.Ordinal);
        if (code.Length < minLength || code.Length > MaxLength || !HasShape(code))
        {
            return $"{Quoted.Of(input)} is not an ICD-10-CM code: it starts with a letter and a digit, then has 1 to 5 letters or digits, as in M54.50 or S13.4XXA.";
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
