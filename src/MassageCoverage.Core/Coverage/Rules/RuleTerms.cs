namespace MassageCoverage.Core.Coverage;

/// <summary>
/// What a coverage rule says, without whose it is or when: the fields of the import format, typed data, never code.
/// The database stores exactly this as one jsonb value, so a new term is a new property here (and in the format and
/// the editor), with no column and no mapper. <see cref="CoverageRule"/> adds the id and the dates.
/// </summary>
public record RuleTerms
{
    /// <summary>CPT codes this rule speaks for, such as 97124.</summary>
    public required IReadOnlyList<string> ServiceCodes { get; init; }

    public required bool Covered { get; init; }

    public bool RequiresReferral { get; init; }

    /// <summary>How many days old a referral may be on the day of the visit; null when any age will do.</summary>
    public int? ReferralValidDays { get; init; }

    public bool RequiresPriorAuthorization { get; init; }

    /// <summary>Prior authorization is needed for every visit after this many in the benefit year.</summary>
    public int? PriorAuthorizationAfterVisits { get; init; }

    public bool RequiresLicensedTherapist { get; init; }

    public bool RequiresInNetwork { get; init; }

    /// <summary>Empty when any provider type will do.</summary>
    public IReadOnlyList<ProviderType> AllowedProviderTypes { get; init; } = [];

    /// <summary>The most visits in one benefit period; with a <see cref="VisitPool"/> it counts every pooled service.</summary>
    public int? MaxVisitsPerYear { get; init; }

    /// <summary>How a covered rule lets massage be paid; <see cref="RulePathway.Standalone"/> unless the plan says otherwise.</summary>
    public RulePathway Pathway { get; init; } = RulePathway.Standalone;

    /// <summary>The program a patient must be enrolled in; set exactly when <see cref="Pathway"/> is program enrollment.</summary>
    public string? ProgramName { get; init; }

    /// <summary>Null when massage has a cap of its own; otherwise the services it shares the cap with.</summary>
    public VisitPool? VisitPool { get; init; }

    /// <summary>The longest session the rule pays for, in minutes; null when any length will do.</summary>
    public int? MaxMinutesPerVisit { get; init; }

    public UnitRule UnitRule { get; init; } = UnitRule.CmsEightMinute;

    public BenefitPeriodKind BenefitPeriod { get; init; } = BenefitPeriodKind.CalendarYear;

    /// <summary>The month (1-12) a plan year starts; set exactly when <see cref="BenefitPeriod"/> is a plan year.</summary>
    public int? PlanYearStartMonth { get; init; }

    /// <summary>ICD-10-CM prefixes (a code matches when its normalised form starts with one); empty when any will do.</summary>
    public IReadOnlyList<string> CoveredDiagnosisPrefixes { get; init; } = [];

    public int? MinAge { get; init; }

    public int? MaxAge { get; init; }

    public decimal? Copay { get; init; }

    public decimal? CoinsurancePercent { get; init; }

    public bool DeductibleApplies { get; init; }

    /// <summary>Citation or URL the rule was read from.</summary>
    public string? Source { get; init; }

    public DateOnly? LastVerified { get; init; }

    /// <summary>Free explanation shown to the patient.</summary>
    public string? Notes { get; init; }
}
