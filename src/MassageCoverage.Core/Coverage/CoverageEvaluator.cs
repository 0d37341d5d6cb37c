using System.Numerics;

namespace MassageCoverage.Core.Coverage;

/// <summary>
/// Decides whether a service is covered, following the numbered semantics: find the rule in effect (1), does it
/// cover the service (2), hard limits (3), requirements the patient can still meet (4), fold (5).
/// Pure and deterministic: safe to call from many threads on one catalog. It runs on every check, so it loops
/// instead of using LINQ, builds no text (the decision is codes and values), and reads what rests on the rule alone
/// from the rule's <see cref="PreparedRule"/>: it allocates the decision, its requirements, reasons and steps.
/// </summary>
public static class CoverageEvaluator
{
    public static CoverageDecision Evaluate(CoverageCatalog catalog, CoverageRequest request)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(request);
        var match = RuleFinder.Find(catalog, request);
        if (match.Problem == ReasonCode.NoInsurance)
        {
            // No rule to find is not "we cannot tell" here: nobody pays, which is a plain not covered.
            return DecisionBuilder.NoInsurance(request);
        }

        if (match is not { Owner: { } owner, Rule: { } prepared })
        {
            return DecisionBuilder.Indeterminate(match, request);
        }

        if (!prepared.Terms.Covered)
        {
            return DecisionBuilder.NotCoveredByRule(owner, prepared, request, null);
        }

        var service = RequirementChecks.ServiceCode.Check(prepared.Terms, request);
        if (service.IsBroken)
        {
            return DecisionBuilder.NotCoveredByRule(owner, prepared, request, service);
        }

        var requirements = new RequirementOutcome[1 + BitOperations.PopCount((uint)prepared.Asked)];
        requirements[0] = service;
        var (anyHard, anyBroken, next) = (false, false, 1);
        var checks = RequirementChecks.All;
        for (var i = 0; i < checks.Length; i++)
        {
            if ((prepared.Asked & (1 << i)) != 0)
            {
                var outcome = checks[i].Check(prepared.Terms, request);
                requirements[next++] = outcome;
                anyBroken |= outcome.IsBroken;
                anyHard |= outcome.IsBroken && outcome.IsHardLimit;
            }
        }

        var decision = anyHard ? Decision.NotCovered : anyBroken ? Decision.Conditional : Decision.Covered;
        return DecisionBuilder.FromOutcomes(decision, owner, prepared, request, requirements);
    }
}
