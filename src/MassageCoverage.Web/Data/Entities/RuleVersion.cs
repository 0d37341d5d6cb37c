using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Data.Entities;

/// <summary>
/// One version of a coverage rule, in effect from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> (both
/// inclusive). Versions of one owner never overlap: the database refuses it with an exclusion constraint.
/// </summary>
public class RuleVersion
{
    public long Id { get; set; }
    public RuleOwnerKind OwnerKind { get; set; }
    public long? PlanId { get; set; }
    public Plan? Plan { get; set; }
    public string? StateCode { get; set; }
    public MedicaidStateProgram? MedicaidProgram { get; set; }

    public List<string> ServiceCodes { get; set; } = [];
    public bool Covered { get; set; }
    public bool RequiresReferral { get; set; }
    public int? ReferralValidDays { get; set; }
    public bool RequiresPriorAuthorization { get; set; }
    public int? PriorAuthorizationAfterVisits { get; set; }
    public bool RequiresLicensedTherapist { get; set; }
    public bool RequiresInNetwork { get; set; }
    public List<ProviderType> AllowedProviderTypes { get; set; } = [];
    public int? MaxVisitsPerYear { get; set; }
    public List<string> CoveredDiagnosisPrefixes { get; set; } = [];
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    public decimal? Copay { get; set; }
    public decimal? CoinsurancePercent { get; set; }
    public bool DeductibleApplies { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string? Source { get; set; }
    public DateOnly? LastVerified { get; set; }
    public string? Notes { get; set; }

    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}
