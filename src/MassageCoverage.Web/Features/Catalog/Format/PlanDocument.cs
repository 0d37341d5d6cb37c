using System.Text.Json.Serialization;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// A private or Medicare Advantage plan and every version of its rule. The file is the whole truth for each plan it
/// names: versions missing from <see cref="Rules"/> (or all of them, when the key is absent) are deleted on import.
/// Enum values are strings here so that a wrong one becomes an error with its path, not the end of parsing.
/// </summary>
internal sealed record PlanDocument
{
    public string? Code { get; init; }
    public string? Insurer { get; init; }
    public string? Name { get; init; }

    /// <summary><c>private</c> or <c>medicareAdvantage</c>.</summary>
    public string? PlanType { get; init; }

    public IReadOnlyList<string?>? States { get; init; }

    /// <summary><c>hmo</c>, <c>ppo</c>, <c>epo</c>, <c>pos</c> or <c>other</c>.</summary>
    public string? NetworkType { get; init; }

    /// <summary>Null only in audit snapshots of the plan's own fields; export always writes the list.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RuleDocument>? Rules { get; init; }
}
