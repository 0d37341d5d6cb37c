namespace MassageCoverage.Web.Data.Entities;

/// <summary>A patient's referral (prescription) for medical massage. Health data: visible to its owner only.</summary>
public class Referral
{
    public long Id { get; set; }
    public required string OwnerId { get; set; }
    public required string PrescriberName { get; set; }
    public required string PrescriberNpi { get; set; }
    public DateOnly IssuedOn { get; set; }

    /// <summary>ICD-10-CM codes in their dotted form, as the patient reads them: M54.50.</summary>
    public List<string> DiagnosisCodes { get; set; } = [];

    public string? BodyAreas { get; set; }

    /// <summary>As the prescription words it: "2 per week for 6 weeks".</summary>
    public string? FrequencyAndDuration { get; set; }

    public int VisitsPrescribed { get; set; }
    public int VisitsUsed { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public uint Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
