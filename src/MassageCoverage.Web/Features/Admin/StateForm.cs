using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Web.Features.Admin;

/// <summary>What the state editor posts: the criteria, the current rule's everyday fields, and the version read.</summary>
public sealed class StateForm
{
    public string? Program { get; set; }
    public string? CoverageForm { get; set; }
    public string? Populations { get; set; }
    public string? Note { get; set; }
    public string? Source { get; set; }
    public string? LastVerified { get; set; }

    /// <summary>CPT codes separated by commas or spaces; empty means no rule.</summary>
    public string? ServiceCodes { get; set; }
    public bool RequiresReferral { get; set; }
    public int? ReferralValidDays { get; set; }
    public bool RequiresPriorAuthorization { get; set; }
    public int? PriorAuthorizationAfterVisits { get; set; }
    public int? MaxVisitsPerYear { get; set; }
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    public string? RuleNotes { get; set; }

    /// <summary>The xmin the editor read: a save against any other is refused.</summary>
    public uint Version { get; set; }

    public static IReadOnlyList<CoverageForm> Forms { get; } = Enum.GetValues<CoverageForm>();
}
