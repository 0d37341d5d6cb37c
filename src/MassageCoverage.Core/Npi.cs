namespace MassageCoverage.Core;

/// <summary>
/// National Provider Identifier: ten digits, the last a Luhn check digit computed over the prefix 80840 followed by
/// the first nine digits [CMS, "Requirements for NPI check digit", 2004].
/// </summary>
public static class Npi
{
    private const string Prefix = "80840";

    public static bool IsValid(string? npi)
    {
        if (npi is not { Length: 10 } || !npi.All(char.IsAsciiDigit))
        {
            return false;
        }

        // Luhn over the whole prefixed number, check digit included: the sum is a multiple of ten.
        var digits = Prefix + npi;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
