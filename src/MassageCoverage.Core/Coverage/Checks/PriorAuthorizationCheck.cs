namespace MassageCoverage.Core.Coverage;

/// <summary>
/// Needed for this visit (number VisitsUsed + 1) when the rule always needs it, or when this visit is past the rule's
/// PriorAuthorizationAfterVisits. Not needed yet but needed later is met for this visit, with a step to prepare.
/// It counts massage visits (<see cref="CoverageRequest.VisitsUsed"/>) even when the visit cap is pooled: plans
/// authorize the massage itself, and a patient's other pooled visits do not need a massage authorization.
/// </summary>
internal sealed class PriorAuthorizationCheck : CoverageCheck
{
    private const string Request = "Ask your provider to request prior authorization from your insurer before the visit, and keep the authorization number.";

    public override RequirementCode Code => RequirementCode.PriorAuthorization;

    public override bool IsAskedBy(CoverageRule rule) =>
        rule.RequiresPriorAuthorization || rule.PriorAuthorizationAfterVisits is not null;

    public static PriorAuthorizationStatus StatusFor(CoverageRule rule, CoverageRequest request)
    {
        if (rule.RequiresPriorAuthorization || request.VisitsUsed + 1 > rule.PriorAuthorizationAfterVisits)
        {
            return request.PriorAuthorizationObtained == true ? PriorAuthorizationStatus.Satisfied : PriorAuthorizationStatus.AuthNeeded;
        }

        return rule.PriorAuthorizationAfterVisits is null ? PriorAuthorizationStatus.NoAuth : PriorAuthorizationStatus.Conditional;
    }

    public override CheckOutcome Check(CoverageRule rule, CoverageRequest request)
    {
        var visit = request.VisitsUsed + 1;
        var when = rule.RequiresPriorAuthorization
            ? "before every visit"
            : $"after {rule.PriorAuthorizationAfterVisits} massage visits in a benefit period, and this would be visit {visit}";
        return (StatusFor(rule, request), request.PriorAuthorizationObtained) switch
        {
            (PriorAuthorizationStatus.Satisfied, _) => Met($"This rule needs prior authorization {when}, and you have it."),
            (PriorAuthorizationStatus.Conditional, _) => Met(
                $"Prior authorization is not needed for this visit (visit {visit}); this rule needs it after {rule.PriorAuthorizationAfterVisits} massage visits in a benefit period.",
                $"Ask your provider to request prior authorization before visit {rule.PriorAuthorizationAfterVisits + 1}."),
            (_, false) => Unmet($"This rule needs prior authorization {when}, and you do not have it.", Request),
            _ => Unknown($"This rule needs prior authorization {when}; we do not know whether you have it.", Request),
        };
    }
}
