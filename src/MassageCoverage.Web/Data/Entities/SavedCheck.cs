namespace MassageCoverage.Web.Data.Entities;

/// <summary>
/// A check a patient kept: the answers and the result exactly as shown that day. The snapshot is never recomputed;
/// "Run again" compares it with today's catalog instead.
/// </summary>
public class SavedCheck
{
    public const int LabelMaxLength = 200;

    public long Id { get; set; }
    public required string OwnerId { get; set; }
    public DateTimeOffset SavedAt { get; set; }

    /// <summary>JSON object of the check's route values (<c>CheckAnswers.ToRouteValues()</c>).</summary>
    public required string Answers { get; set; }

    public required string Decision { get; set; }

    /// <summary>JSON of <c>CheckSnapshot</c>: everything the result page showed.</summary>
    public required string Snapshot { get; set; }

    public string? Label { get; set; }
}
