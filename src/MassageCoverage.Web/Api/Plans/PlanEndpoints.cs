using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;

namespace MassageCoverage.Web.Api.Plans;

/// <summary>Private and Medicare Advantage plans, read from the catalog snapshot in memory.</summary>
internal static class PlanEndpoints
{
    private const int MaxQueryLength = 100;

    public static RouteGroupBuilder MapPlans(this RouteGroupBuilder api)
    {
        api.MapGet("/plans", SearchAsync)
            .WithName("SearchPlans")
            .WithTags("Plans")
            .WithSummary("Search plans by insurer or plan name, optionally sold in one state")
            .Produces<PlanSearchResult>()
            .ProducesValidationProblem();

        api.MapGet("/plans/{code}", FindAsync)
            .WithName("GetPlan")
            .WithTags("Plans")
            .WithSummary("A plan with every version of its coverage rule")
            .Produces<PlanEntry>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        // HEAD answers as GET does (RFC 9110 section 9.3.2); left out of the OpenAPI document, which lists each operation once.
        api.MapMethods("/plans", [HttpMethods.Head], SearchAsync).ExcludeFromDescription();
        api.MapMethods("/plans/{code}", [HttpMethods.Head], FindAsync).ExcludeFromDescription();
        return api;
    }

    private static async Task<IResult> SearchAsync(string? query, string? state, CatalogProvider catalogs, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(state) && UsStates.Find(state) is null)
        {
            return ApiProblems.Invalid("state", ApiProblems.NotAState(state));
        }

        if (query?.Length > MaxQueryLength)
        {
            return ApiProblems.Invalid("query", $"Search with at most {MaxQueryLength} characters.");
        }

        var catalog = await catalogs.GetAsync(cancellationToken);
        return TypedResults.Ok(new PlanSearchResult([.. catalog.SearchPlans(query, state).Select(PlanSummary.From)]));
    }

    private static async Task<IResult> FindAsync(string code, CatalogProvider catalogs, CancellationToken cancellationToken)
    {
        var plan = (await catalogs.GetAsync(cancellationToken)).FindPlan(code);
        return plan is not null
            ? TypedResults.Ok(plan)
            : ApiProblems.NotFound("Plan not found", "No plan has this code; GET /api/v1/plans lists every plan.");
    }
}
