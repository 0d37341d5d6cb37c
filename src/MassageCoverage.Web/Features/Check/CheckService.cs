using MassageCoverage.Web.Features.Clinic;
using MassageCoverage.Web.Features.Records;
using FluentValidation.Results;
using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;

namespace MassageCoverage.Web.Features.Check;

/// <summary>What the result page shows: the decision and everything needed to explain it.</summary>
public sealed record CheckResult(
    CheckAnswers Answers,
    CoverageRequest Request,
    CoverageDecision Decision,
    IReadOnlyList<string> Questions,
    PlanEntry? Plan,
    UsState? State);

/// <summary>Validates a patient's answers and runs the engine on the catalog snapshot in force.</summary>
public sealed partial class CheckService(CatalogProvider catalogs, ClinicClock clock, ILogger<CheckService> logger)
{
    public DateOnly Today => clock.Today;

    public async Task<ValidationResult> ValidateAsync(CheckAnswers answers, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        return await new CheckAnswersValidator(catalog, Today).ValidateAsync(answers, cancellationToken);
    }

    /// <summary>The result, or null when the answers are not valid (the caller sends the patient back to the form).</summary>
    public async Task<CheckResult?> RunAsync(CheckAnswers answers, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        if (!(await new CheckAnswersValidator(catalog, Today).ValidateAsync(answers, cancellationToken)).IsValid)
        {
            return null;
        }

        var request = CheckMapping.ToRequest(answers, Today);
        var decision = CoverageEvaluator.Evaluate(catalog, request);
        LogChecked(request.PlanType, request.PlanCode, request.State, decision.Decision, decision.Rule?.Id);
        return new CheckResult(answers, request, decision, DecisionText.Questions(decision),
            catalog.FindPlan(request.PlanCode), UsStates.Find(request.State));
    }

    public async Task<IReadOnlyList<PlanEntry>> FindPlansAsync(string? query, string? state, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        // Plans sold in the patient's state first; when none matches there, every plan, since a card may say more.
        var catalog = await catalogs.GetAsync(cancellationToken);
        var inState = catalog.SearchPlans(query, UsStates.Find(state)?.Code);
        return inState.Count > 0 ? inState : catalog.SearchPlans(query, null);
    }

    public async Task<PlanEntry?> FindPlanAsync(string? code, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(code) ? null : (await catalogs.GetAsync(cancellationToken)).FindPlan(code);

    // Identifiers and the outcome only: never the diagnosis, age or anything typed.
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Coverage check: {PlanType} plan {PlanCode} state {State} -> {Decision} (rule {RuleId})")]
    private partial void LogChecked(PlanType planType, string? planCode, string? state, Decision decision, long? ruleId);
}
