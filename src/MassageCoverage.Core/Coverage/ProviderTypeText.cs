namespace MassageCoverage.Core.Coverage;

public static class ProviderTypeText
{
    /// <summary>The plain words a patient reads: "massage therapist".</summary>
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
