using System.Text.Json;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Check;
using MassageCoverage.Web.Features.Language;

namespace MassageCoverage.Web.Features.Records;

/// <summary>
/// The result page as the patient saw it, in its own words and language: shown again as it was, never recomputed, so a
/// later change to the catalog or to the wording cannot rewrite what the patient kept. <see cref="Language"/> says which
/// language the words are in ("en" for a snapshot saved before there was a choice), so a page in the other language marks them;
/// in another language than English, <see cref="QuestionsInEnglish"/> holds each question's English words.
/// <see cref="VisitsLeft"/> and <see cref="PriorAuthorization"/> (a <see cref="PriorAuthorizationStatus"/> name) are kept as
/// values for the account's due list; snapshots saved before they were kept have neither, and the list asks nothing of them.
/// </summary>
public sealed record CheckSnapshot(
    string Decision,
    string DecisionLabel,
    string Summary,
    string Coverage,
    string? Plan,
    string? State,
    string Service,
    DateOnly CheckedOn,
    IReadOnlyList<RequirementSnapshot> Requirements,
    string Visits,
    IReadOnlyList<string> CostShare,
    RuleSnapshot? Rule,
    IReadOnlyList<string> NextSteps,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Questions,
    string Language = Features.Language.Languages.English,
    IReadOnlyList<string>? QuestionsInEnglish = null,
    int? VisitsLeft = null,
    string? PriorAuthorization = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string For => string.Join(", ", new[] { Coverage, Plan, State }.OfType<string>());

    public static CheckSnapshot Of(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = result.Decision;
        return new CheckSnapshot(
            d.Decision.ToString(),
            ResultText.Badge(d.Decision).Label.ToString(),
            DecisionText.Summary(d).ToString(),
            CoverageKinds.Label(result.Answers.Coverage),
            result.Plan?.Name,
            result.State is { } state ? StateText.Name(state.Code) : null,
            CodeText.Service(result.Request.ServiceCode),
            result.Request.AsOf,
            [.. d.Requirements.Select(r => new RequirementSnapshot(
                r.Code.ToString(), ResultText.Requirement(r.Code), r.Status.ToString(), ResultText.Status(r.Status).Label,
                DecisionText.Detail(r, d).ToString(), DecisionText.HowToMeet(r, d)?.ToString()))],
            ResultText.Visits(d).ToString(),
            ResultText.CostShare(d.CostShare),
            d.Rule is { } rule ? new RuleSnapshot(rule.Id, DecisionText.OwnerId(rule.Owner), rule.Source, rule.LastVerified, rule.EffectiveFrom) : null,
            [.. DecisionText.NextSteps(d).Select(s => s.ToString())],
            [.. DecisionText.Reasons(d).Select(r => r.ToString())],
            [.. QuestionsOf(d).Select(q => q.Text.ToString())],
            Features.Language.Languages.Current,
            Features.Language.Languages.IsEnglish ? null : [.. QuestionsOf(d).Select(q => q.English ?? "")],
            d.VisitsRemaining,
            d.PriorAuthorization?.ToString());
    }

    private static IEnumerable<QuestionText> QuestionsOf(CoverageDecision decision) =>
        InsurerQuestions.For(decision).Select(q => QuestionText.Of(q, decision));

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static CheckSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<CheckSnapshot>(json, Json) ?? throw new JsonException("Empty snapshot.");
}

public sealed record RequirementSnapshot(string Code, string Label, string Status, string StatusLabel, string Detail, string? HowToMeet);

public sealed record RuleSnapshot(long Id, string Owner, string? Source, DateOnly? LastVerified, DateOnly EffectiveFrom);
