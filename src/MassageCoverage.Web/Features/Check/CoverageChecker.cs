using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Hosting.Logging;

namespace MassageCoverage.Web.Features.Check;

/// <summary>What one check decided, with the questions to ask the insurer about it, and the catalog it was read from.</summary>
public sealed record CheckedCoverage(CoverageCatalog Catalog, CoverageDecision Decision, IReadOnlyList<Question> Questions);

/// <summary>Who asked for a check; logged, so the two doors can be told apart without logging what was asked.</summary>
public enum CheckChannel
{
    Page,
    Api,
}

/// <summary>
/// The one path to the engine: the page and the API each turn their input into a <see cref="CoverageRequest"/> (as of
/// the clinic's today, <see cref="Today"/>), and this evaluates it on the catalog snapshot in force, logs it once and
/// returns the decision with its insurer questions. It logs identifiers and the outcome only: never a diagnosis, an
/// age or anything typed, and a plan code only when it names a plan the catalog holds.
/// </summary>
public sealed partial class CoverageChecker(
    CatalogProvider catalogs, ClinicClock clock, IHttpContextAccessor http, ILogger<CoverageChecker> logger)
{
    public DateOnly Today => clock.Today;

    public ValueTask<CoverageCatalog> CatalogAsync(CancellationToken cancellationToken) => catalogs.GetAsync(cancellationToken);

    public async Task<CheckedCoverage> CheckAsync(CoverageRequest request, CheckChannel channel, CancellationToken cancellationToken) =>
        Check(await catalogs.GetAsync(cancellationToken), request, channel);

    /// <summary>The check on a catalog the caller already holds (the page reads its answers against the same one).</summary>
    public CheckedCoverage Check(CoverageCatalog catalog, CoverageRequest request, CheckChannel channel)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(request);
        var decision = CoverageEvaluator.Evaluate(catalog, request);
        var entry = new CheckLogEntry(decision.Decision, request.PlanType, catalog.FindPlan(request.PlanCode)?.Code, request.State,
            decision.Rule?.Id, channel);
        // On the request's own log line; a check run outside a request (or a second one in it) gets a line of its own.
        if (!RequestLog.RecordCheck(http.HttpContext, entry))
        {
            LogDecided(decision.Decision, request.PlanType, entry.PlanCode, request.State, decision.Rule?.Id, channel);
        }

        return new(catalog, decision, InsurerQuestions.For(decision));
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Coverage check decided {Decision} ({PlanType}, plan {PlanCode}, state {State}, rule {RuleId}) from the {Channel}")]
    private partial void LogDecided(Decision decision, PlanType planType, string? planCode, string? state, long? ruleId, CheckChannel channel);
}
