using MassageCoverage.Core;
using MassageCoverage.Web.Features.Catalog;

namespace MassageCoverage.Web.Api.Medicaid;

internal static class MedicaidEndpoints
{
    public static RouteGroupBuilder MapMedicaid(this RouteGroupBuilder api)
    {
        api.MapGet("/medicaid/{state}", GetAsync)
            .WithName("GetMedicaidCriteria")
            .WithTags("Medicaid")
            .WithSummary("A state's Medicaid criteria for massage: coverage form, populations, source and rules")
            .Produces<MedicaidResponse>()
            .ProducesValidationProblem();
        // HEAD answers as GET does (RFC 9110 section 9.3.2); left out of the OpenAPI document, which lists each operation once.
        api.MapMethods("/medicaid/{state}", [HttpMethods.Head], GetAsync).ExcludeFromDescription();
        return api;
    }

    private static async Task<IResult> GetAsync(string state, CatalogProvider catalogs, ClinicClock clock, CancellationToken cancellationToken)
    {
        // Every one of the 51 jurisdictions has an answer, if only "unknown": so a bad code is a 400, never a 404.
        if (UsStates.Find(state) is not { } jurisdiction)
        {
            return ApiProblems.Invalid("state", ApiProblems.NotAState(state));
        }

        var catalog = await catalogs.GetAsync(cancellationToken);
        return TypedResults.Ok(MedicaidResponse.From(jurisdiction, catalog.FindMedicaid(jurisdiction.Code), clock.Today));
    }
}
