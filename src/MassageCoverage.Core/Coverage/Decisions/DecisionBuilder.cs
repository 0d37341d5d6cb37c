namespace MassageCoverage.Core.Coverage;

/// <summary>
/// Folds the outcome of each step into the decision: which reasons and next steps apply, as codes. It writes no word:
/// the web project does.
/// </summary>
internal static class DecisionBuilder
{
    private static readonly NextStep[] _indeterminateSteps = [NextStep.ReadPolicy, NextStep.AskWhenUnknown, NextStep.KeepRecord];

    // Not knowing the kind of coverage or the plan is an answer too: the steps that find it out, then the usual call.
    private static readonly NextStep[] _planTypeUnknownSteps =
        [NextStep.IdentifyCoverageFromCard, NextStep.CallMemberServices, NextStep.CallMedicare, NextStep.CallMedicaidAgency, NextStep.KeepRecord];

    private static readonly NextStep[] _planUnknownSteps =
        [NextStep.FindPlanOnCard, NextStep.CallMemberServices, NextStep.AskWhenUnknown, NextStep.KeepRecord];

    private static readonly NextStep[] _advantagePlanUnknownSteps =
        [NextStep.FindPlanOnCard, NextStep.CallMemberServices, NextStep.CallMedicare, NextStep.AskWhenUnknown, NextStep.KeepRecord];

    private static readonly NextStep[] _medicaidUnknownSteps =
        [NextStep.CallMedicaidAgency, NextStep.AskWhenUnknown, NextStep.KeepRecord];

    // No insurance: the ways to pay (an estimate to pay the clinic, a health account) and to get coverage; no insurer
    // to call, no appeal (docs/domain.md section 5b).
    private static readonly NextStep[] _noInsuranceSteps =
        [NextStep.GetGoodFaithEstimate, NextStep.PayWithHealthAccount, NextStep.LookForCoverage];

    private static readonly Reason[] _noInsuranceReasons = [new(ReasonCode.NoInsurance)];

    private static readonly NextStep[] _appealSteps = [NextStep.Appeal, NextStep.KeepRecord];

    private static readonly NextStep[] _serviceNotListedSteps = [NextStep.AskForCoveredCode, NextStep.Appeal, NextStep.KeepRecord];

    // The one reason of an indeterminate decision without a note, by its code: the same few arrays serve every check.
    private static readonly Reason[][] _problems = OneReasonEach();

    public static CoverageDecision Indeterminate(RuleMatch match, CoverageRequest request) => new()
    {
        Decision = Decision.Indeterminate,
        Summary = match.Problem switch
        {
            ReasonCode.PlanTypeUnknown => SummaryCode.CoverageKindUnknown,
            ReasonCode.NoPlanChosen => SummaryCode.PlanUnknown,
            _ => SummaryCode.CannotTell,
        },
        Request = request,
        Owner = match.Owner,
        Reasons = (match.Problem, match.Note) switch
        {
            ({ } problem, { } note) => [new(problem), new(ReasonCode.OwnerNote, Text: note)],
            ({ } problem, null) => _problems[(int)problem],
            (null, { } note) => [new(ReasonCode.OwnerNote, Text: note)],
            _ => [],
        },
        NextSteps = IndeterminateSteps(match.Problem, request.PlanType),
    };

    /// <summary>No insurance: not covered, with no owner, no rule and no requirement, since nobody pays.</summary>
    public static CoverageDecision NoInsurance(CoverageRequest request) => new()
    {
        Decision = Decision.NotCovered,
        Summary = SummaryCode.NoInsurance,
        Request = request,
        Reasons = _noInsuranceReasons,
        NextSteps = _noInsuranceSteps,
    };

    private static Reason[][] OneReasonEach()
    {
        var codes = Enum.GetValues<ReasonCode>();
        var reasons = new Reason[(int)codes.Max() + 1][];
        foreach (var code in codes)
        {
            reasons[(int)code] = [new(code)];
        }

        return reasons;
    }

    private static NextStep[] IndeterminateSteps(ReasonCode? problem, PlanType planType) => (problem, planType) switch
    {
        (ReasonCode.PlanTypeUnknown, _) => _planTypeUnknownSteps,
        (ReasonCode.NoPlanChosen or ReasonCode.PlanNotFound, PlanType.MedicareAdvantage) => _advantagePlanUnknownSteps,
        (ReasonCode.NoPlanChosen or ReasonCode.PlanNotFound, _) => _planUnknownSteps,
        (_, PlanType.Medicaid) => _medicaidUnknownSteps,
        _ => _indeterminateSteps,
    };

    /// <summary>Step 2: the rule does not cover massage, or not this service (then <paramref name="service"/> says why).</summary>
    public static CoverageDecision NotCoveredByRule(
        CoverageOwner owner, PreparedRule prepared, CoverageRequest request, RequirementOutcome? service) => new()
    {
        Decision = Decision.NotCovered,
        Summary = SummaryCode.DoesNotCoverService,
        Request = request,
        Owner = owner,
        AppliedRule = prepared.Rule,
        Requirements = service is { } s ? [s] : [],
        Rule = prepared.Matched,
        Reasons = service is null ? prepared.NotCoveringReasons : prepared.ServiceNotListedReasons,
        NextSteps = service is null ? _appealSteps : _serviceNotListedSteps,
    };

    /// <summary>Steps 3 to 5: every child outcome is kept, so the decision explains itself.</summary>
    public static CoverageDecision FromOutcomes(
        Decision decision, CoverageOwner owner, PreparedRule prepared, CoverageRequest request, RequirementOutcome[] outcomes) => new()
    {
        Decision = decision,
        Summary = decision switch
        {
            Decision.Covered => SummaryCode.Covers,
            Decision.Conditional => SummaryCode.CoversOnceMet,
            _ => SummaryCode.DoesNotCoverSituation,
        },
        Request = request,
        Owner = owner,
        AppliedRule = prepared.Rule,
        Requirements = outcomes,
        VisitsAllowed = prepared.Terms.MaxVisitsPerYear,
        VisitsRemaining = VisitsRemaining(prepared.Terms, outcomes),
        PriorAuthorization = Authorization(outcomes),

        // A service that is not covered has nothing to share (Original Medicare and a massage therapist).
        CostShare = decision == Decision.NotCovered ? null : prepared.CostShare,
        Pathway = prepared.Terms.Pathway,
        ProgramName = prepared.Terms.Pathway == RulePathway.ProgramEnrollment ? prepared.Terms.ProgramName : null,
        VisitPool = prepared.Terms.VisitPool,
        Units = decision == Decision.NotCovered ? null : SessionLengthCheck.UnitsFor(prepared.Terms, request),
        BenefitPeriod = prepared.Period(request.AsOf),
        Rule = prepared.Matched,
        Reasons = Reasons(decision, prepared, outcomes),
        NextSteps = Steps(decision, outcomes),
    };

    // What the checks found, read from their outcomes rather than worked out again: the visit cap's count of visits
    // used (none when it is unknown or the rule has no cap), and the authorization finding (none asked: not needed).
    private static int? VisitsRemaining(RuleTerms rule, RequirementOutcome[] outcomes)
    {
        foreach (var o in outcomes)
        {
            if (o.Code == RequirementCode.VisitLimit)
            {
                return o.Count is { } used && rule.MaxVisitsPerYear is { } max ? Math.Max(0, max - used) : null;
            }
        }

        return null;
    }

    private static PriorAuthorizationStatus Authorization(RequirementOutcome[] outcomes)
    {
        foreach (var o in outcomes)
        {
            if (o.Code == RequirementCode.PriorAuthorization)
            {
                return o.Finding switch
                {
                    Finding.AuthorizationObtained => PriorAuthorizationStatus.Satisfied,
                    Finding.AuthorizationNotYetNeeded => PriorAuthorizationStatus.Conditional,
                    _ => PriorAuthorizationStatus.AuthNeeded,
                };
            }
        }

        return PriorAuthorizationStatus.NoAuth;
    }

    // Not covered: the hard limits broken; conditional: everything not met; covered: that every requirement is met.
    private static Reason[] Reasons(Decision decision, PreparedRule prepared, RequirementOutcome[] outcomes)
    {
        if (decision == Decision.Covered)
        {
            return prepared.CoveredReasons;
        }

        var notes = prepared.HasNotes ? 1 : 0;
        var count = 0;
        foreach (var o in outcomes)
        {
            count += IsReason(decision, o) ? 1 : 0;
        }

        var reasons = new Reason[count + notes];
        var next = 0;
        foreach (var o in outcomes)
        {
            if (IsReason(decision, o))
            {
                reasons[next++] = new(ReasonCode.Requirement, o.Code);
            }
        }

        if (notes == 1)
        {
            reasons[next] = new(ReasonCode.RuleNotes, Text: prepared.Terms.Notes);
        }

        return reasons;
    }

    private static bool IsReason(Decision decision, RequirementOutcome o) =>
        o.IsBroken && (decision != Decision.NotCovered || o.IsHardLimit);

    /// <summary>
    /// Not covered: the steps of the hard limits, then the appeal and the call. Otherwise the steps of what is not met,
    /// then of what is, then reading the policy when something is unknown, documenting medical necessity unless the
    /// diagnosis is what fails, and the call.
    /// </summary>
    private static NextStep[] Steps(Decision decision, RequirementOutcome[] outcomes)
    {
        var (unknown, diagnosisBroken) = (false, false);
        foreach (var o in outcomes)
        {
            unknown |= o.Status == RequirementStatus.Unknown;
            diagnosisBroken |= o.Code == RequirementCode.Diagnosis && o.IsBroken;
        }

        Span<NextStep> steps = stackalloc NextStep[outcomes.Length + 3];
        var count = 0;
        if (decision == Decision.NotCovered)
        {
            foreach (var o in outcomes)
            {
                if (o is { IsBroken: true, IsHardLimit: true, HowToMeet: { } step })
                {
                    steps[count++] = step;
                }
            }

            steps[count++] = NextStep.Appeal;
        }
        else
        {
            foreach (var broken in (ReadOnlySpan<bool>)[true, false])
            {
                foreach (var o in outcomes)
                {
                    if (o.IsBroken == broken && o.HowToMeet is { } step)
                    {
                        steps[count++] = step;
                    }
                }
            }

            if (unknown)
            {
                steps[count++] = NextStep.ReadPolicy;
            }

            if (!diagnosisBroken)
            {
                steps[count++] = NextStep.DocumentMedicalNecessity;
            }
        }

        steps[count++] = NextStep.KeepRecord;
        return steps[..count].ToArray();
    }
}
