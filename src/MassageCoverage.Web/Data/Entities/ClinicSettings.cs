namespace MassageCoverage.Web.Data.Entities;

/// <summary>
/// The provider a Good Faith Estimate names: its name, NPI and TIN, and where the services are given
/// [45 CFR 149.610(c); docs/domain.md section 5b]. One row (<see cref="SingleId"/>); a detail not yet known is null, and
/// the estimate says it is not set rather than leaving it out.
/// </summary>
public class ClinicSettings
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;
    public required string ProviderName { get; set; }
    public string? Npi { get; set; }

    /// <summary>The clinic's EIN, written 12-3456789.</summary>
    public string? Tin { get; set; }

    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? City { get; set; }

    /// <summary>Two-letter code.</summary>
    public string? State { get; set; }

    public string? PostalCode { get; set; }
    public string? Phone { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}
