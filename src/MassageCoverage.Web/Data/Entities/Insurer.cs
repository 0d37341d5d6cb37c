namespace MassageCoverage.Web.Data.Entities;

public class Insurer
{
    public long Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The payer id used on electronic claims, where known.</summary>
    public string? PayerId { get; set; }

    public List<Plan> Plans { get; } = [];
}
