using MassageCoverage.Core.Coverage.Calls;

namespace MassageCoverage.Web.Data.Entities;

/// <summary>
/// A patient's word to the clinic that a call contradicted a rule. It holds only what staff need to check the rule:
/// whose rule, which term, both values, the rule version, the call's date and reference number, and what became of
/// it. Nothing names the patient (no owner, no name, no email, no diagnosis, no words of theirs): an account's
/// deletion leaves it as it is. <see cref="ResolutionNote"/> is staff's words.
/// </summary>
public class DiscrepancyReport
{
    public const int ValueMaxLength = 20;
    public const int ReferenceMaxLength = 100;
    public const int NoteMaxLength = 500;

    public long Id { get; set; }
    public RuleOwnerKind OwnerKind { get; set; }
    public string? PlanCode { get; set; }
    public string? StateCode { get; set; }
    public CallField Field { get; set; }

    /// <summary>The call's value as a <see cref="FieldValue.Code"/>.</summary>
    public required string CallValue { get; set; }

    /// <summary>The rule's value as a <see cref="FieldValue.Code"/>.</summary>
    public required string RuleValue { get; set; }

    /// <summary>The rule version compared; not a foreign key, since an import may remove the version later.</summary>
    public long RuleVersionId { get; set; }

    /// <summary>The day of the call where the patient lives.</summary>
    public DateOnly CallDate { get; set; }

    public string? ReferenceNumber { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public DiscrepancyStatus Status { get; set; }

    /// <summary>The staff member's user id.</summary>
    public string? ResolvedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
    public DiscrepancyOutcome? Outcome { get; set; }
    public string? ResolutionNote { get; set; }
    public uint Version { get; set; }

    public RuleOwnerRef Owner
    {
        get => new(OwnerKind, PlanCode, StateCode);
        set => (OwnerKind, PlanCode, StateCode) = (value.Kind, value.PlanCode, value.StateCode);
    }
}

public enum DiscrepancyStatus
{
    Open,
    Resolved,
}

/// <summary>What staff found when they resolved a report.</summary>
public enum DiscrepancyOutcome
{
    /// <summary>The rule was out of date: staff added or changed a rule version.</summary>
    RuleUpdated,

    /// <summary>Staff checked the insurer's written policy and it agrees with the rule.</summary>
    CallWasWrong,

    /// <summary>Anything else (staff could not find out which is right, say); the note says what.</summary>
    Other,
}
