using MassageCoverage.Core.Coverage.Calls;

namespace MassageCoverage.Web.Data.Entities;

/// <summary>A patient's record of one call with their insurer (docs/domain.md section 1, step 4). Health data.</summary>
public class InsurerCall
{
    public long Id { get; set; }
    public required string OwnerId { get; set; }
    public DateTimeOffset CalledAt { get; set; }
    public required string Insurer { get; set; }
    public string? NumberDialled { get; set; }
    public string? Representative { get; set; }
    public string? ReferenceNumber { get; set; }
    public string? QuestionsAsked { get; set; }
    public string? Answers { get; set; }
    public bool WrittenConfirmationRequested { get; set; }
    public bool WrittenConfirmationReceived { get; set; }

    /// <summary>Whose rule the call was about (a plan, Original Medicare, a state's Medicaid); null when not said.</summary>
    public RuleOwnerKind? AboutKind { get; set; }
    public string? AboutPlanCode { get; set; }
    public string? AboutStateCode { get; set; }

    /// <summary>What the representative said, in a rule's terms; each null when not asked.</summary>
    public RepresentativeSaid Said { get; set; } = RepresentativeSaid.Nothing;
    public List<CallPromise> Promises { get; } = [];
    public uint Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public RuleOwnerRef? About
    {
        get => AboutKind is { } kind ? new(kind, AboutPlanCode, AboutStateCode) : null;
        set => (AboutKind, AboutPlanCode, AboutStateCode) = (value?.Kind, value?.PlanCode, value?.StateCode);
    }
}
