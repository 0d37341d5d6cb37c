using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Api.Plans;

/// <summary>A plan as a search lists it: what a patient recognises, without its rules.</summary>
internal sealed record PlanSummary(
    string Code, string Insurer, string Name, PlanType PlanType, IReadOnlyList<string> States, NetworkType NetworkType)
{
    public static PlanSummary From(PlanEntry plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.Code, plan.Insurer, plan.Name, plan.PlanType, plan.States, plan.NetworkType);
    }
}

/// <summary>
/// One page of a plan search: its plans, how many match in all, and the cursor of the next page (null on the last),
/// the same as the Link header's rel="next" carries.
/// </summary>
internal sealed record PlanSearchResult(IReadOnlyList<PlanSummary> Plans, int Total, string? NextCursor);
