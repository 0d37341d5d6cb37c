using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Data.Entities;

/// <summary>
/// One version of a coverage rule, in effect from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> (both
/// inclusive), and its terms. Versions of one owner never overlap: the database refuses it with an exclusion constraint.
/// </summary>
public class RuleVersion
{
    public long Id { get; set; }
    public RuleOwnerKind OwnerKind { get; set; }
    public long? PlanId { get; set; }
    public Plan? Plan { get; set; }
    public string? StateCode { get; set; }
    public MedicaidStateProgram? MedicaidProgram { get; set; }

    /// <summary>What the version says: one jsonb value in the shape <see cref="RuleTermsJson"/> writes.</summary>
    public RuleTerms Terms { get; set; } = new() { ServiceCodes = [], Covered = false };

    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }

    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }

    /// <summary>The version as the engine reads it.</summary>
    public CoverageRule ToRule() => new(Id, EffectiveFrom, EffectiveTo, Terms);
}
