namespace MassageCoverage.Core.Coverage;

public enum ReasonCode
{
    /// <summary>The outcome of <see cref="Reason.Requirement"/>, as its detail says.</summary>
    Requirement,
    EveryRequirementMet,
    RuleDoesNotCoverMassage,

    /// <summary>The rule's notes, in <see cref="Reason.Text"/>.</summary>
    RuleNotes,

    /// <summary>What the catalog notes about the owner (a state, Medicare), in <see cref="Reason.Text"/>.</summary>
    OwnerNote,
    NoMedicareRules,

    /// <summary>The patient does not know the kind of coverage they have.</summary>
    PlanTypeUnknown,

    /// <summary>The patient has no insurance, so no plan pays for the service.</summary>
    NoInsurance,

    /// <summary>A private or Medicare Advantage plan without its plan code: the patient does not know which plan.</summary>
    NoPlanChosen,

    /// <summary>No plan of the request's type with the request's plan code.</summary>
    PlanNotFound,
    NoState,
    StateCoverageUnknown,

    /// <summary>The owner holds no rule in effect on the request's as-of date.</summary>
    NoRuleInEffect,
}

/// <summary>One reason for a decision: a code, and the requirement or the text from the data it rests on.</summary>
public readonly record struct Reason(ReasonCode Code, RequirementCode? Requirement = null, string? Text = null);
