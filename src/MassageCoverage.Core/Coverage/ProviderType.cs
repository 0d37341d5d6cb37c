namespace MassageCoverage.Core.Coverage;

/// <summary>Who delivers the massage; some payers pay only therapists of certain kinds (docs/domain.md section 3).</summary>
public enum ProviderType
{
    MassageTherapist,
    PhysicalTherapist,
    OccupationalTherapist,
    Chiropractor,
}
