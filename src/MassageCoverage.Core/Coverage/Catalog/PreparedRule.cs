namespace MassageCoverage.Core.Coverage;

/// <summary>
/// One owner's rule version with what every decision on it repeats: the requirements it asks for, the matched rule,
/// the cost share and the reasons that rest on the rule alone. Made once, on the first check of its owner, and kept
/// as long as its catalog snapshot, so an evaluation allocates only what depends on the request.
/// Every member is immutable or an idempotent cache, so one instance is shared by every thread reading the snapshot.
/// </summary>
internal sealed class PreparedRule
{
    private Reason[]? _coveredReasons;
    private Reason[]? _notCoveringReasons;
    private Reason[]? _serviceNotListedReasons;
    private BenefitPeriod? _period;

    public PreparedRule(CoverageOwner owner, CoverageRule rule)
    {
        Rule = rule;
        Terms = rule.Terms;
        Matched = new(rule.Id, owner, rule.Terms.Source, rule.Terms.LastVerified, rule.EffectiveFrom);
        CostShare = CostShare.Of(rule.Terms);
        Asked = RequirementChecks.AskedBy(rule.Terms);
    }

    public CoverageRule Rule { get; }

    /// <summary>What the rule says, read by every check.</summary>
    public RuleTerms Terms { get; }

    public MatchedRule Matched { get; }

    /// <summary>The rule's cost share, which every decision that is not "not covered" carries.</summary>
    public CostShare CostShare { get; }

    /// <summary>The checks the rule asks for, one bit each by their place in <see cref="RequirementChecks.All"/>.</summary>
    public int Asked { get; }

    /// <summary>Every requirement met, then the rule's notes.</summary>
    public Reason[] CoveredReasons => _coveredReasons ??= WithNotes(new(ReasonCode.EveryRequirementMet));

    /// <summary>The rule does not cover massage, then its notes.</summary>
    public Reason[] NotCoveringReasons => _notCoveringReasons ??= WithNotes(new(ReasonCode.RuleDoesNotCoverMassage));

    /// <summary>The service is not one the rule lists, then the rule's notes.</summary>
    public Reason[] ServiceNotListedReasons =>
        _serviceNotListedReasons ??= WithNotes(new(ReasonCode.Requirement, RequirementCode.ServiceCode));

    public bool HasNotes => !string.IsNullOrWhiteSpace(Terms.Notes);

    /// <summary>
    /// The benefit period holding <paramref name="asOf"/>. The last one found is kept: checks on one snapshot mostly
    /// fall in the same period, and periods never overlap, so a kept period that holds the date is the answer.
    /// </summary>
    public BenefitPeriod Period(DateOnly asOf)
    {
        var kept = Volatile.Read(ref _period);
        if (kept is not null && kept.Start <= asOf && asOf <= kept.End)
        {
            return kept;
        }

        var period = BenefitPeriod.Holding(Terms, asOf);
        Volatile.Write(ref _period, period);
        return period;
    }

    private Reason[] WithNotes(Reason reason) =>
        HasNotes ? [reason, new(ReasonCode.RuleNotes, Text: Terms.Notes)] : [reason];
}
