namespace MassageCoverage.Core.Eligibility;

/// <summary>
/// One EB segment and what its loop (2110C/2110D) attaches to it (docs/x12-271.md section 3). Codes are kept as sent,
/// beside their meanings, so that a code the engine does not know is still shown rather than lost.
/// </summary>
public sealed record Benefit
{
    /// <summary>The EB segment's number in the interchange, to point at it.</summary>
    public required int Segment { get; init; }

    /// <summary>EB01 as sent.</summary>
    public required string Code { get; init; }

    public BenefitInformation Information => BenefitInformationCodes.Of(Code);

    /// <summary>EB02: IND, FAM, EMP...</summary>
    public string? CoverageLevel { get; init; }

    /// <summary>EB03, in order; empty when the line is not about particular service types.</summary>
    public IReadOnlyList<string> ServiceTypes { get; init; } = [];

    /// <summary>EB04: C1 commercial, HM HMO, MB Medicare Part B.</summary>
    public string? InsuranceType { get; init; }

    /// <summary>EB05, the plan coverage description: free text.</summary>
    public string? PlanDescription { get; init; }

    /// <summary>EB06 as sent; <see cref="Period"/> is its meaning.</summary>
    public string? PeriodCode { get; init; }

    public TimePeriod? Period => PeriodCode is null ? null : TimePeriods.Of(PeriodCode);

    /// <summary>EB07, in dollars.</summary>
    public decimal? Amount { get; init; }

    /// <summary>EB08 as sent: a decimal where 0.2 is 20 % (docs/x12-271.md section 3).</summary>
    public decimal? Percent { get; init; }

    /// <summary>EB09: VS visits, P6 services, HS hours.</summary>
    public string? QuantityQualifier { get; init; }

    /// <summary>EB10.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>EB11: Y true, N false, U or absent null.</summary>
    public bool? AuthorizationRequired { get; init; }

    /// <summary>EB12.</summary>
    public NetworkIndicator Network { get; init; }

    /// <summary>EB13.</summary>
    public ProcedureCode? Procedure { get; init; }

    public IReadOnlyList<ServiceDelivery> Deliveries { get; init; } = [];

    public IReadOnlyList<Reference> References { get; init; } = [];

    public IReadOnlyList<BenefitDate> Dates { get; init; } = [];

    public IReadOnlyList<Rejection> Rejections { get; init; } = [];

    /// <summary>MSG01 of each message, in order: the payer's free text.</summary>
    public IReadOnlyList<string> Messages { get; init; } = [];

    /// <summary>The NM1 of each 2120 loop (LS*2120 ... LE*2120): a primary care provider, a utilization reviewer.</summary>
    public IReadOnlyList<EntityName> RelatedEntities { get; init; } = [];

    /// <summary>Whether EB03 lists <paramref name="serviceType"/>.</summary>
    public bool Covers(string serviceType) => ServiceTypes.Contains(serviceType, StringComparer.Ordinal);
}
