using System.Text.Json.Serialization;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// One state's Medicaid criteria. A file may give a single <c>rule</c>, but rules are versioned by effective dates,
/// so the format also takes <c>rules</c> (an array, like a plan's); a file gives one key or the other, and export
/// always writes <c>rules</c>. As for plans, the file is the whole truth: versions it leaves out are deleted.
/// </summary>
internal sealed record MedicaidDocument
{
    /// <summary>Two-letter code of one of the 50 states or DC.</summary>
    public string? State { get; init; }

    public string? Program { get; init; }

    /// <summary><c>standalone</c>, <c>withinTherapy</c>, <c>waiverOnly</c>, <c>notCovered</c> or <c>unknown</c>.</summary>
    public string? CoverageForm { get; init; }

    public string? Populations { get; init; }
    public string? Note { get; init; }
    public string? Source { get; init; }
    public string? LastVerified { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RuleDocument? Rule { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RuleDocument>? Rules { get; init; }

    /// <summary>The versions the file gives, whichever key it used.</summary>
    public IReadOnlyList<RuleDocument> AllRules() => Rule is not null ? [Rule] : Rules ?? [];
}
