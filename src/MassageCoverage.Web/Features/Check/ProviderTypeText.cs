using MassageCoverage.Core.Coverage;
using A = MassageCoverage.Web.Resources.AnswerStrings;

namespace MassageCoverage.Web.Features.Check;

/// <summary>Provider types in the words a patient reads, for the decision's sentences and the rule editor's sample.</summary>
public static class ProviderTypeText
{
    /// <summary>"massage therapist".</summary>
    public static string Label(this ProviderType type) => type switch
    {
        ProviderType.PhysicalTherapist => A.ProviderPhysicalTherapist,
        ProviderType.OccupationalTherapist => A.ProviderOccupationalTherapist,
        ProviderType.Chiropractor => A.ProviderChiropractor,
        _ => A.ProviderMassageTherapist,
    };

    /// <summary>"physical therapist or occupational therapist".</summary>
    public static string List(IEnumerable<ProviderType> types) => string.Join(A.ListOr, types.Select(Label));
}
