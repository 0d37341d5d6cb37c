using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Api.CoverageChecks;

internal static class CoverageCheckEndpoints
{
    public static RouteGroupBuilder MapCoverageChecks(this RouteGroupBuilder api)
    {
        api.MapPost("/coverage-checks", (HttpRequest http, CoverageCheckHandler handler, CancellationToken cancellationToken) =>
                handler.HandleAsync(http, cancellationToken))
            .WithName("CheckCoverage")
            .WithTags("Coverage checks")
            .WithSummary("Decide whether medical massage is covered in a patient's situation")
            .WithDescription("Answers covered, conditional, notCovered or indeterminate, with each requirement the matched "
                + "rule asks for, the reasons and the next steps. A null answer means unknown; asOf defaults to today.")
            .Accepts<CoverageCheckRequest>("application/json")
            .Produces<CoverageCheckResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }
}
