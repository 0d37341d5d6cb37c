using System.Collections.Frozen;
using System.Reflection;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Accounts.Passwords;

/// <summary>
/// NIST SP 800-63B section 5.1.1.2: a password of at least 12 characters that is not among the most common ones,
/// not mostly one repeated character or a simple sequence, and not built from the account's own email. Applied only
/// when a password is chosen, never at sign-in, so existing accounts keep working.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    // A local part this short ("a@example.org") is too common a fragment to refuse a password for containing it.
    private const int ShortestLocalPart = 4;

    // Each sequence written out, forwards and backwards, long enough to hold any password that walks along it.
    private static readonly string[] Runs =
    [
        .. new[] { "abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p" }
            .Select(s => string.Concat(Enumerable.Repeat(s, (MaximumLength / s.Length) + 2)))
            .SelectMany(run => new[] { run, new string([.. run.Reverse()]) }),
    ];

    private static readonly Lazy<FrozenSet<string>> Common = new(LoadCommon);

    /// <summary>Why this password is refused, in words for the person choosing it; null when it is acceptable.</summary>
    public static string? Problem(string password, string? email)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinimumLength)
        {
            return AccountStrings.PasswordTooShort;
        }

        if (password.Length > MaximumLength)
        {
            return AccountStrings.PasswordTooLong;
        }

        var lower = password.ToLowerInvariant();
        if (IsMostlyOneCharacter(lower))
        {
            return AccountStrings.PasswordRepeated;
        }

        if (IsSimpleSequence(lower))
        {
            return AccountStrings.PasswordSequence;
        }

        if (IsCommon(lower))
        {
            return AccountStrings.PasswordCommon;
        }

        var local = LocalPart(email);
        if (local is not null && lower.Contains(local, StringComparison.Ordinal))
        {
            return AccountStrings.PasswordHasEmail;
        }

        return null;
    }

    private static bool IsMostlyOneCharacter(string password)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in password)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        return counts.Values.Max() * 2 >= password.Length;
    }

    /// <summary>Steps through a known sequence (either way), or repeats one short unit, end to end.</summary>
    private static bool IsSimpleSequence(string password)
    {
        var step = password[1] - password[0];
        if (Math.Abs(step) == 1 && Enumerable.Range(1, password.Length - 1).All(i => password[i] - password[i - 1] == step))
        {
            return true;
        }

        return Runs.Any(run => run.Contains(password, StringComparison.Ordinal)) || RepeatedUnit(password) is { Length: <= 4 };
    }

    /// <summary>"abcabcabcabc" is "abc" four times; null when the password is not a repetition.</summary>
    private static string? RepeatedUnit(string password)
    {
        for (var length = 1; length <= password.Length / 2; length++)
        {
            if (password.Length % length == 0 && password.Replace(password[..length], "", StringComparison.Ordinal).Length == 0)
            {
                return password[..length];
            }
        }

        return null;
    }

    /// <summary>
    /// Common as it stands, or once the digits and symbols people add at either end are taken off
    /// ("password1234", "!!monkey2024"), or once a repetition is undone ("dragondragon").
    /// </summary>
    private static bool IsCommon(string password)
    {
        var set = Common.Value;
        var core = password.Trim("0123456789!@#$%^&*()-_=+.,;:?~ ".ToCharArray());
        var unit = RepeatedUnit(password);
        return set.Contains(password) || (core.Length >= 4 && set.Contains(core)) || (unit is not null && set.Contains(unit));
    }

    private static string? LocalPart(string? email)
    {
        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        var local = at > 0 ? email![..at].Trim().ToLowerInvariant() : null;
        return local is { Length: >= ShortestLocalPart } ? local : null;
    }

    private static FrozenSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(PasswordPolicy), "common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>(10_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line.ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
