namespace MassageCoverage.Core.Eligibility.Massage;

/// <summary>
/// What a 271 says about massage for one member, and what it does not. Every single value (<see cref="Status"/>,
/// <see cref="CoinsurancePercent"/>, <see cref="VisitsPerYear"/>...) is the in-network answer: taken from the lines the
/// payer marked in network, else from those that make no network distinction, and null (or unknown) when there are none
/// or they disagree; <see cref="Unclear"/> names the terms whose lines disagreed. The lists keep every line, out of
/// network included, for a page to show.
/// </summary>
public sealed record MassageBenefitSummary
{
    /// <summary>The service type code that answered (<see cref="ServiceTypes.MassageOrder"/>), or null when none did.</summary>
    public string? AnsweredBy { get; init; }

    /// <summary>Whether the payer answered for massage therapy (BE) itself, not only for a related service or the plan.</summary>
    public bool MassageAnswered => AnsweredBy == ServiceTypes.MassageTherapy;

    /// <summary>Active, inactive or non-covered for the answering service type; unknown when no line said.</summary>
    public CoverageStatus Status { get; init; }

    /// <summary>The network the status line is about (EB12), never whether this therapist belongs to it.</summary>
    public NetworkIndicator InPlanNetwork { get; init; }

    /// <summary>The plan's own status (service type 30), which may be known when the massage status is not.</summary>
    public CoverageStatus PlanStatus { get; init; }

    /// <summary>The co-insurance the member pays, in percent (EB08 0.2 is 20).</summary>
    public decimal? CoinsurancePercent { get; init; }

    /// <summary>The co-payment, in dollars.</summary>
    public decimal? CopayAmount { get; init; }

    /// <summary>Visits allowed over one year (calendar or plan year), from EB09/EB10 or HSD.</summary>
    public int? VisitsPerYear { get; init; }

    /// <summary>Visits left (period 29, remaining), as of the payer's answer.</summary>
    public int? VisitsRemaining { get; init; }

    /// <summary>EB11: whether an authorization or certification is required; null when no line said, or said U.</summary>
    public bool? PriorAuthorizationRequired { get; init; }

    public IReadOnlyList<BenefitValue<CoverageStatus>> Statuses { get; init; } = [];

    public IReadOnlyList<BenefitValue<decimal>> Coinsurance { get; init; } = [];

    public IReadOnlyList<BenefitValue<decimal>> Copays { get; init; } = [];

    /// <summary>
    /// Deductibles of the answering service type, or when it gave none, of the plan (30): a payer usually states them
    /// once for the plan. Each value names its service type, so a page can say which.
    /// </summary>
    public IReadOnlyList<BenefitValue<decimal>> Deductibles { get; init; } = [];

    /// <summary>Out-of-pocket maximums (EB01 G), chosen as <see cref="Deductibles"/> are.</summary>
    public IReadOnlyList<BenefitValue<decimal>> OutOfPocket { get; init; } = [];

    /// <summary>Dollar limits of the answering service type (EB01 F with EB07), such as $500 a year.</summary>
    public IReadOnlyList<BenefitValue<decimal>> DollarLimits { get; init; } = [];

    public IReadOnlyList<VisitLimit> VisitLimits { get; init; } = [];

    /// <summary>The payer's free text (MSG) on the answering lines, as written.</summary>
    public IReadOnlyList<string> Messages { get; init; } = [];

    /// <summary>
    /// The entities the answering lines name in their 2120 loops: a primary care provider, or the vendor that manages
    /// the benefit when the payer says to contact it (EB01 U).
    /// </summary>
    public IReadOnlyList<EntityName> RelatedEntities { get; init; } = [];

    /// <summary>Every AAA that concerns this answer: the inquiry's, the member's and the answering lines'.</summary>
    public IReadOnlyList<Rejection> Rejections { get; init; } = [];

    /// <summary>What the 271 cannot say: always the therapist's network and diagnosis or prescription rules.</summary>
    public IReadOnlyList<Unanswerable> CannotSay { get; init; } = [];

    /// <summary>Terms whose lines gave no single value: disagreeing lines, a percent that is not a fraction, part of a visit.</summary>
    public IReadOnlyList<SummaryField> Unclear { get; init; } = [];
}
