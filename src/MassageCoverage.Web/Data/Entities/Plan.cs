using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Data.Entities;

/// <summary>A private or Medicare Advantage plan. Its coverage lives in <see cref="Rules"/>, one row per version.</summary>
public class Plan
{
    public long Id { get; set; }

    /// <summary>Unique slug such as <c>acme-ppo-gold</c>: how imports, the API and patients name the plan.</summary>
    public required string Code { get; set; }

    public long InsurerId { get; set; }
    public Insurer Insurer { get; set; } = null!;
    public required string Name { get; set; }
    public PlanType PlanType { get; set; }

    /// <summary>Two-letter codes of the states where the plan is sold.</summary>
    public List<string> States { get; set; } = [];

    public NetworkType NetworkType { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
    public List<RuleVersion> Rules { get; } = [];
}
