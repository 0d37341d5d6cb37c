using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Api.Plans;

/// <summary>A plan with every version of its coverage rule, oldest first.</summary>
internal sealed record PlanResponse(
    string Code,
    string Insurer,
    string Name,
    PlanType PlanType,
    IReadOnlyList<string> States,
    NetworkType NetworkType,
    IReadOnlyList<RuleVersionResponse> Rules)
{
    public static PlanResponse From(PlanEntry plan) => new(
        plan.Code, plan.Insurer, plan.Name, plan.PlanType, plan.States, plan.NetworkType, RuleVersionResponse.From(plan.Rules));
}
