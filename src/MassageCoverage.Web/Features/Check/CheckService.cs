using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Check;

/// <summary>What the result page shows: the decision and everything needed to explain it.</summary>
public sealed record CheckResult(
    CheckAnswers Answers,
    CoverageRequest Request,
    CoverageDecision Decision,
    IReadOnlyList<QuestionText> Questions,
    PlanEntry? Plan,
    UsState? State)
{
    /// <summary>The questions as a call record's script: one a line, each followed by its English words when read in another language.</summary>
    public string CallScript => string.Join("\n", Questions.Select(q =>
        q.English is null ? q.Text.ToString() : $"{q.Text}\n{CheckStrings.ResultSayInEnglish} {q.English}"));
}

/// <summary>
/// A question to ask the insurer, in the reader's language, with its English words when that is another language: a
/// patient reads them to a representative who speaks English.
/// </summary>
public sealed record QuestionText(Localized Text, string? English)
{
    public static QuestionText Of(Question question, CoverageDecision decision) => new(
        DecisionText.Question(question, decision),
        Languages.IsEnglish ? null : Languages.In(Languages.English, () => DecisionText.Question(question, decision).ToString()));
}

/// <summary>A page's check: its answers read once, then run through the one check path.</summary>
public sealed record CheckRun(CheckResult? Result, IReadOnlyDictionary<string, string> Errors);

/// <summary>The patient's check on the web: reads the answers and runs them through <see cref="CoverageChecker"/>.</summary>
public sealed class CheckService(CoverageChecker checker, CatalogProvider catalogs)
{
    /// <summary>
    /// The most plans a search lists, on the page and in its suggestions: more is a list nobody reads, so the page
    /// says how many matched and asks for another word.
    /// </summary>
    public const int MaxPlanMatches = 20;

    public DateOnly Today => checker.Today;

    /// <summary>The result, or the field errors when the answers cannot be read (the caller shows them beside the fields).</summary>
    public async Task<CheckRun> RunAsync(CheckAnswers answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var catalog = await checker.CatalogAsync(cancellationToken);
        var input = CheckAnswersReader.Read(answers, catalog, Today);
        if (input.Request is not { } request)
        {
            return new(null, input.Errors);
        }

        answers.Settle(request);
        var check = checker.Check(catalog, request, CheckChannel.Page);
        var result = new CheckResult(answers, request, check.Decision,
            [.. check.Questions.Select(q => QuestionText.Of(q, check.Decision))],
            catalog.FindPlan(request.PlanCode), UsStates.Find(request.State));
        return new(result, input.Errors);
    }

    /// <summary>The answers read without running the check: the form's own post, which redirects to the result.</summary>
    public async Task<CheckInput> ReadAsync(CheckAnswers answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var input = CheckAnswersReader.Read(answers, await checker.CatalogAsync(cancellationToken), Today);
        if (input.Request is { } request)
        {
            answers.Settle(request);
        }

        return input;
    }

    /// <summary>The first <see cref="MaxPlanMatches"/> plans a search finds, with how many it found, from the snapshot's index.</summary>
    public async Task<PlanPage> FindPlansAsync(string? query, string? state, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return new([], 0, false);
        }

        // Plans sold in the patient's state first; when none matches there, every plan, since a card may say more.
        var plans = (await catalogs.GetSnapshotAsync(cancellationToken)).Plans;
        var inState = plans.Search(query, UsStates.Find(state)?.Code, null, MaxPlanMatches);
        return inState.Total > 0 ? inState : plans.Search(query, null, null, MaxPlanMatches);
    }

    public async Task<PlanEntry?> FindPlanAsync(string? code, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(code) ? null : (await checker.CatalogAsync(cancellationToken)).FindPlan(code);
}
