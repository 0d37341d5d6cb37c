using System.Collections.Frozen;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// The camelCase words of one enum in the format. Any case is read ("PPO", "Private"), as the API reads them; the
/// export writes the canonical word.
/// </summary>
internal sealed class TokenSet<T> where T : struct, Enum
{
    private readonly FrozenDictionary<string, T> _byToken;
    private readonly FrozenDictionary<T, string> _byValue;

    public TokenSet(IEnumerable<T> values, Func<T, string> token)
    {
        var list = values.ToList();
        _byToken = list.ToFrozenDictionary(token, StringComparer.OrdinalIgnoreCase);
        _byValue = list.ToFrozenDictionary(v => v, token);
        Allowed = string.Join(", ", list.Select(token));
    }

    /// <summary>"hmo, ppo, epo, pos, other": for messages.</summary>
    public string Allowed { get; }

    public bool IsKnown(string? token) => token is not null && _byToken.ContainsKey(token);

    public T Parse(string token) => _byToken[token];

    public string Token(T value) => _byValue[value];
}
