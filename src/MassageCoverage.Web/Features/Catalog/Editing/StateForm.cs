using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>What the state's criteria form posts; its rule versions have the shared rule editor.</summary>
public sealed class StateForm
{
    public string? Program { get; set; }
    public string? CoverageForm { get; set; }
    public string? Populations { get; set; }
    public string? Note { get; set; }
    public string? Source { get; set; }
    public string? LastVerified { get; set; }

    /// <summary>Ticked to let a state with rule versions become unknown: an unknown state carries no rule.</summary>
    public bool RemoveRules { get; set; }

    /// <summary>The ids of the versions the page showed (with <see cref="RemoveRules"/>, the ones the admin agreed to remove).</summary>
    public string? RulesSeen { get; set; }

    public static string Ids(IEnumerable<Data.Entities.RuleVersion> rules) =>
        string.Join(",", rules.Select(r => r.Id).Order().Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The xmin the editor read: a save against any other is refused.</summary>
    public uint Version { get; set; }

    public static IReadOnlyList<CoverageForm> Forms { get; } = Enum.GetValues<CoverageForm>();
}
