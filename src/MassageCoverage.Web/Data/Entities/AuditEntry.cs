namespace MassageCoverage.Web.Data.Entities;

/// <summary>
/// Who changed what and when. <see cref="Before"/> and <see cref="After"/> hold JSON of rules and criteria; for
/// patient records they stay empty, so no health data is copied into the audit trail.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public required string Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
