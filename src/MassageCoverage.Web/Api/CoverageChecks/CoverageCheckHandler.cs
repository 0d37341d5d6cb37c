using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Check;

namespace MassageCoverage.Web.Api.CoverageChecks;

/// <summary>
/// Reads one check (<see cref="CoverageCheckReader"/>: parsed once, into the request or its field errors), then runs it through the one check path (<see cref="CoverageChecker"/>, on the
/// catalog snapshot in memory, never the database). A refusal logs the fields it names, never what was sent.
/// </summary>
internal sealed partial class CoverageCheckHandler(
    CoverageChecker checker,
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

        var read = CoverageCheckReader.Read(body.Value, checker.Today);
        if (read.Request is not { } request)
        {
            LogRefused(read.Errors.Keys);
            return TypedResults.ValidationProblem(read.Errors);
        }

        var check = await checker.CheckAsync(request, CheckChannel.Api, cancellationToken);
        // A Medicaid answer, whatever it is, names whom to call in the state; so does one without insurance, since
        // Medicaid may be the patient's way to coverage (docs/domain.md section 5b).
        var agency = request.PlanType is PlanType.Medicaid or PlanType.NoInsurance ? MedicaidAgencies.Find(request.State) : null;
        return TypedResults.Ok(CoverageCheckResponse.Of(check.Decision, check.Questions, agency));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coverage check refused: invalid {Fields}")]
    private partial void LogRefused(IEnumerable<string> fields);

    [LoggerMessage(Level = LogLevel.Information, Message = "Coverage check refused: the body is not a readable JSON object")]
    private partial void LogUnreadable();
}
