using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Check;

/// <summary>Provider types in the words a patient reads, for the decision's sentences and the rule editor's sample.</summary>
public static class ProviderTypeText
{
    /// <summary>"massage therapist".</summary>
    public static string Label(this ProviderType type) => type switch
    {
        ProviderType.PhysicalTherapist => "physical therapist",
        ProviderType.OccupationalTherapist => "occupational therapist",
        ProviderType.Chiropractor => "chiropractor",
        _ => "massage therapist",
    };

    /// <summary>"physical therapist or occupational therapist".</summary>
    public static string List(IEnumerable<ProviderType> types) => string.Join(" or ", types.Select(Label));
}
