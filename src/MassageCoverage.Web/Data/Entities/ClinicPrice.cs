namespace MassageCoverage.Web.Data.Entities;

/// <summary>
/// What the clinic charges a patient who pays for themselves for one session of a service: per CPT code and, for a timed
/// code, the session's minutes (none for an untimed code, charged once a visit). Good Faith Estimates are built from
/// these (docs/domain.md section 5b).
/// </summary>
public class ClinicPrice
{
    public long Id { get; set; }
    public required string CptCode { get; set; }
    public int? Minutes { get; set; }

    /// <summary>US dollars, to the cent.</summary>
    public decimal Amount { get; set; }

    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}
