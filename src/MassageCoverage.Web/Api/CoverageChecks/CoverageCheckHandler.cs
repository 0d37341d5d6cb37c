using MassageCoverage.Web.Features.Clinic;
using FluentValidation;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;

namespace MassageCoverage.Web.Api.CoverageChecks;

/// <summary>
/// Reads, validates and evaluates one check against the catalog snapshot in memory (never the database), and logs
/// identifiers and the outcome only: never diagnoses, ages or free text.
/// </summary>
internal sealed partial class CoverageCheckHandler(
    CatalogProvider catalogs,
    IValidator<CoverageCheckRequest> validator,
    ClinicClock clock,
    ILogger<CoverageCheckHandler> logger)
{
    public async Task<IResult> HandleAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<CoverageCheckRequest>(http, cancellationToken);
        if (!body.IsRead)
        {
            LogUnreadable();
            return body.Problem;
        }

        var input = body.Value.WithDefaults(clock.Today);
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            var problem = ApiProblems.Invalid(validation);
            LogRefused(problem.ProblemDetails.Errors.Keys);
            return problem;
        }

        var request = input.ToCoverageRequest();
        var catalog = await catalogs.GetAsync(cancellationToken);
        var decision = CoverageEvaluator.Evaluate(catalog, request);
        // The plan code is logged only when it names a plan we hold: whatever else a client typed there is free text.
        LogDecided(request.PlanType, catalog.FindPlan(request.PlanCode)?.Code, request.State, decision.Decision, decision.Rule?.Id);
        return TypedResults.Ok(CoverageCheckResponse.Of(decision));
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Coverage check ({PlanType}, plan {PlanCode}, state {State}) decided {Decision} by rule {RuleId}")]
    private partial void LogDecided(PlanType planType, string? planCode, string? state, Decision decision, long? ruleId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Coverage check refused: invalid {Fields}")]
    private partial void LogRefused(IEnumerable<string> fields);

    [LoggerMessage(Level = LogLevel.Information, Message = "Coverage check refused: the body is not a readable JSON object")]
    private partial void LogUnreadable();
}
