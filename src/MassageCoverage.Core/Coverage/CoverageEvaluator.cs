namespace MassageCoverage.Core.Coverage;

/// <summary>
/// Decides whether a service is covered, following the numbered semantics: find the rule in effect (1), does it
/// cover the service (2), hard limits (3), requirements the patient can still meet (4), fold (5).
/// Pure and deterministic: safe to call from many threads on one catalog. It runs on every check, so it loops
/// instead of using LINQ and builds no text: the decision is codes and values.
/// </summary>
public static class CoverageEvaluator
{
    private static readonly CoverageCheck _serviceCode = new ServiceCodeCheck();

    // In the order of the patient's journey (docs/domain.md section 1); the decision lists requirements in this order.
    // The pathway comes first (who may be paid for at all: program, therapy plan of care, same-day therapy), the
    // session's length beside the visit cap at the end (the plan's cap on sessions: count and length).
    private static readonly CoverageCheck[] _checks =
    [
        new ProgramEnrollmentCheck(), new ProviderTypeCheck(), new PlanOfCareCheck(), new SameDayTherapyCheck(),
        new ReferralCheck(), new DiagnosisCheck(), new LicensedTherapistCheck(), new InNetworkCheck(),
        new PriorAuthorizationCheck(), new AgeCheck(), new SessionLengthCheck(), new VisitLimitCheck(),
    ];

    public static CoverageDecision Evaluate(CoverageCatalog catalog, CoverageRequest request)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(request);
        var match = RuleFinder.Find(catalog, request);
        if (match is not { Owner: { } owner, Rule: { } rule })
        {
            return DecisionBuilder.Indeterminate(match, request);
        }

        if (!rule.Covered)
        {
            return DecisionBuilder.NotCoveredByRule(owner, rule, request, null);
        }

        var service = _serviceCode.Check(rule, request);
        if (service.IsBroken)
        {
            return DecisionBuilder.NotCoveredByRule(owner, rule, request, service);
        }

        var asked = 1;
        foreach (var check in _checks)
        {
            asked += check.IsAskedBy(rule) ? 1 : 0;
        }

        var requirements = new RequirementOutcome[asked];
        requirements[0] = service;
        var (anyHard, anyBroken, next) = (false, false, 1);
        foreach (var check in _checks)
        {
            if (check.IsAskedBy(rule))
            {
                var outcome = check.Check(rule, request);
                requirements[next++] = outcome;
                anyBroken |= outcome.IsBroken;
                anyHard |= outcome.IsBroken && outcome.IsHardLimit;
            }
        }

        var decision = anyHard ? Decision.NotCovered : anyBroken ? Decision.Conditional : Decision.Covered;
        return DecisionBuilder.FromOutcomes(decision, owner, rule, request, requirements);
    }
}
