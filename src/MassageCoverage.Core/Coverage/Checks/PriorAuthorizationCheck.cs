namespace MassageCoverage.Core.Coverage;

/// <summary>
/// Needed for this visit (number VisitsUsed + 1) when the rule always needs it, or when this visit is past the rule's
/// PriorAuthorizationAfterVisits. Not needed yet but needed later is met for this visit, with a step to prepare.
/// It counts massage visits (<see cref="CoverageRequest.VisitsUsed"/>) even when the visit cap is pooled: plans
/// authorize the massage itself, and a patient's other pooled visits do not need a massage authorization.
/// </summary>
internal sealed class PriorAuthorizationCheck : CoverageCheck
{
    public override RequirementCode Code => RequirementCode.PriorAuthorization;

    public override bool IsAskedBy(RuleTerms rule) =>
        rule.RequiresPriorAuthorization || rule.PriorAuthorizationAfterVisits is not null;

    private static PriorAuthorizationStatus StatusFor(RuleTerms rule, CoverageRequest request)
    {
        if (rule.RequiresPriorAuthorization || request.VisitsUsed + 1 > rule.PriorAuthorizationAfterVisits)
        {
            return request.PriorAuthorizationObtained == true ? PriorAuthorizationStatus.Satisfied : PriorAuthorizationStatus.AuthNeeded;
        }

        return rule.PriorAuthorizationAfterVisits is null ? PriorAuthorizationStatus.NoAuth : PriorAuthorizationStatus.Conditional;
    }

    public override RequirementOutcome Check(RuleTerms rule, CoverageRequest request)
    {
        var visit = request.VisitsUsed + 1;
        return (StatusFor(rule, request), request.PriorAuthorizationObtained) switch
        {
            (PriorAuthorizationStatus.Satisfied, _) => Met(Finding.AuthorizationObtained, visit),
            (PriorAuthorizationStatus.Conditional, _) => Met(Finding.AuthorizationNotYetNeeded, visit),
            (_, false) => Unmet(Finding.AuthorizationMissing, visit),
            _ => Unknown(Finding.AuthorizationUnknown, visit),
        };
    }
}
