namespace MassageCoverage.Web.Data.Entities;

/// <summary>Something the insurer promised on a call ("a letter within 10 days"), and when it is due.</summary>
public class CallPromise
{
    public long Id { get; set; }
    public long CallId { get; set; }
    public InsurerCall Call { get; set; } = null!;
    public required string What { get; set; }
    public DateOnly DueOn { get; set; }
    public bool Done { get; set; }
}
