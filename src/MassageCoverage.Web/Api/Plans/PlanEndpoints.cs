using System.ComponentModel;
using System.Globalization;
using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;

namespace MassageCoverage.Web.Api.Plans;

/// <summary>Private and Medicare Advantage plans, read from the catalog snapshot in memory.</summary>
internal static class PlanEndpoints
{
    private const int MaxQueryLength = 100;
    private const int DefaultLimit = 50;
    private const int MaxLimit = 100;

    public static RouteGroupBuilder MapPlans(this RouteGroupBuilder api)
    {
        api.MapGet("/plans", SearchAsync)
            .WithName("SearchPlans")
            .WithTags("Plans")
            .WithSummary("Search plans by insurer or plan name, optionally sold in one state, a page at a time")
            .WithDescription("Every word of query begins a word of the plan's insurer, name or code; no query lists every "
                + "plan. Plans come in code order, at most limit a page, with the total that match. The Link header "
                + "(RFC 8288) gives the first page (rel=\"first\") and, while more follow, the next (rel=\"next\"), "
                + "whose cursor continues after the page's last plan.")
            .Produces<PlanSearchResult>()
            .ProducesValidationProblem()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                PlanPaging.DescribeLinkHeader(operation);
                return Task.CompletedTask;
            });

        api.MapGet("/plans/{code}", FindAsync)
            .WithName("GetPlan")
            .WithTags("Plans")
            .WithSummary("A plan with every version of its coverage rule")
            .Produces<PlanResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        // HEAD answers as GET does (RFC 9110 section 9.3.2); left out of the OpenAPI document, which lists each operation once.
        api.MapMethods("/plans", [HttpMethods.Head], SearchAsync).ExcludeFromDescription();
        api.MapMethods("/plans/{code}", [HttpMethods.Head], FindAsync).ExcludeFromDescription();
        return api;
    }

    private static async Task<IResult> SearchAsync(
        [Description("Words that begin a word of the insurer's name, the plan's name or its code, such as \"acme gold\".")] string? query,
        [Description("Two-letter code of a US state or DC: only plans sold there.")] string? state,
        [Description("Plans a page, from 1 to 100; 50 when absent.")] string? limit,
        [Description("Where the page starts: the cursor of a Link rel=\"next\" or of nextCursor, as given.")] string? cursor,
        HttpContext http, CatalogProvider catalogs, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(state) && UsStates.Find(state) is null)
        {
            return ApiProblems.Invalid("state", ApiProblems.NotAState(state));
        }

        if (query?.Length > MaxQueryLength)
        {
            return ApiProblems.Invalid("query", $"Search with at most {MaxQueryLength} characters.");
        }

        var size = DefaultLimit;
        if (limit is not null
            && !(int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is >= 1 and <= MaxLimit))
        {
            return ApiProblems.Invalid("limit", $"Give limit as a whole number from 1 to {MaxLimit}.");
        }

        string? after = null;
        if (cursor is not null && !PlanPaging.TryReadCursor(cursor, out after))
        {
            return ApiProblems.Invalid("cursor", "This cursor was not given by this API; use the one of a Link rel=\"next\", as given, or leave it out for the first page.");
        }

        var snapshot = await catalogs.GetSnapshotAsync(cancellationToken);
        var page = snapshot.Plans.Search(query, state, after, size);
        var next = page.HasMore ? PlanPaging.Cursor(page.Plans[^1].Code) : null;
        http.Response.Headers.Link = PlanPaging.LinkHeader(http.Request, next);
        return TypedResults.Ok(new PlanSearchResult([.. page.Plans.Select(PlanSummary.From)], page.Total, next));
    }

    private static async Task<IResult> FindAsync(string code, CatalogProvider catalogs, CancellationToken cancellationToken)
    {
        var plan = (await catalogs.GetAsync(cancellationToken)).FindPlan(code);
        return plan is not null
            ? TypedResults.Ok(PlanResponse.From(plan))
            : ApiProblems.NotFound("Plan not found", "No plan has this code; GET /api/v1/plans lists every plan, a page at a time.");
    }
}
