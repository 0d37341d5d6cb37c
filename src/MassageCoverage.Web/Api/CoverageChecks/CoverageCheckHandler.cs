using FluentValidation;
using MassageCoverage.Web.Features.Check;

namespace MassageCoverage.Web.Api.CoverageChecks;

/// <summary>
/// Reads and validates one check, then runs it through the one check path (<see cref="CoverageChecker"/>, on the
/// catalog snapshot in memory, never the database). A refusal logs the fields it names, never what was sent.
/// </summary>
internal sealed partial class CoverageCheckHandler(
    CoverageChecker checker,
    IValidator<CoverageCheckRequest> validator,
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

        var input = body.Value.WithDefaults(checker.Today);
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            var problem = ApiProblems.Invalid(validation);
            LogRefused(problem.ProblemDetails.Errors.Keys);
            return problem;
        }

        var check = await checker.CheckAsync(input.ToCoverageRequest(), CheckChannel.Api, cancellationToken);
        return TypedResults.Ok(CoverageCheckResponse.Of(check.Decision, check.Questions));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coverage check refused: invalid {Fields}")]
    private partial void LogRefused(IEnumerable<string> fields);

    [LoggerMessage(Level = LogLevel.Information, Message = "Coverage check refused: the body is not a readable JSON object")]
    private partial void LogUnreadable();
}
