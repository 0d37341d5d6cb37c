namespace MassageCoverage.Web.Features.Check;

/// <summary>
/// A patient's answers to the check, as plain strings so that every value, even a wrong one, comes back into the
/// form. The property names are the query-string keys of a shareable result URL.
/// </summary>
public sealed class CheckAnswers
{
    public const string NotListed = "notListed";
    public const string DiagnosisUnknown = "unknown";

    public string? Coverage { get; set; }
    public string? State { get; set; }
    public string? PlanQuery { get; set; }
    public string? Plan { get; set; }
    public string? ConditionQuery { get; set; }
    public string? Diagnosis { get; set; }
    public string? Provider { get; set; } = "massageTherapist";
    public string? Licensed { get; set; } = Answer.Unsure;
    public string? InNetwork { get; set; } = Answer.Unsure;
    public string? Referral { get; set; } = Answer.Unsure;
    public string? ReferralDate { get; set; }
    public string? PriorAuth { get; set; } = Answer.Unsure;
    public string? VisitsUsed { get; set; } = "0";
    public string? Age { get; set; }
    public string? Enrolled { get; set; } = Answer.Unsure;
    public string? PlanOfCare { get; set; } = Answer.Unsure;
    public string? SameDayTherapy { get; set; } = Answer.Unsure;
    public string? Minutes { get; set; }
    public string? PooledVisits { get; set; }

    /// <summary>
    /// The answers as the reader understood them, so a link carries what was checked: a valid code typed into the
    /// search box counts as the chosen diagnosis.
    /// </summary>
    public void Settle(Core.Coverage.CoverageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.DiagnosisCodes is [var code])
        {
            Diagnosis = Core.Coverage.IcdCode.Format(code);
        }
    }

    /// <summary>The answers as a query string ("?coverage=private&amp;..."): the "Edit answers" link of the result page.</summary>
    public string ToQueryString() =>
        QueryString.Create(ToRouteValues().Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).ToUriComponent();

    /// <summary>The answers as route values: the query string of the result page and of the form that saves it.</summary>
    public Dictionary<string, string> ToRouteValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (field.InLink && field.Get(this) is { } value && !string.IsNullOrWhiteSpace(value))
            {
                values[field.Key] = value.Trim();
            }
        }

        return values;
    }

    /// <summary>
    /// The answers a result URL carries, read straight from its query string as model binding would read them (the
    /// first value of each key, any case; a blank one is null; a missing one keeps its default), without binding's
    /// per-request binders and validation.
    /// </summary>
    public static CheckAnswers FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var answers = new CheckAnswers();
        foreach (var field in Fields)
        {
            if (query.TryGetValue(field.Key, out var values) && values.Count > 0)
            {
                field.Set(answers, string.IsNullOrWhiteSpace(values[0]) ? null : values[0]);
            }
        }

        return answers;
    }

    /// <summary>Every answer with its query-string key; the two search boxes are not part of a result's link.</summary>
    private static readonly (string Key, bool InLink, Func<CheckAnswers, string?> Get, Action<CheckAnswers, string?> Set)[] Fields =
    [
        ("coverage", true, a => a.Coverage, (a, v) => a.Coverage = v),
        ("state", true, a => a.State, (a, v) => a.State = v),
        ("planQuery", false, a => a.PlanQuery, (a, v) => a.PlanQuery = v),
        ("plan", true, a => a.Plan, (a, v) => a.Plan = v),
        ("conditionQuery", false, a => a.ConditionQuery, (a, v) => a.ConditionQuery = v),
        ("diagnosis", true, a => a.Diagnosis, (a, v) => a.Diagnosis = v),
        ("provider", true, a => a.Provider, (a, v) => a.Provider = v),
        ("licensed", true, a => a.Licensed, (a, v) => a.Licensed = v),
        ("inNetwork", true, a => a.InNetwork, (a, v) => a.InNetwork = v),
        ("referral", true, a => a.Referral, (a, v) => a.Referral = v),
        ("referralDate", true, a => a.ReferralDate, (a, v) => a.ReferralDate = v),
        ("priorAuth", true, a => a.PriorAuth, (a, v) => a.PriorAuth = v),
        ("visitsUsed", true, a => a.VisitsUsed, (a, v) => a.VisitsUsed = v),
        ("age", true, a => a.Age, (a, v) => a.Age = v),
        ("enrolled", true, a => a.Enrolled, (a, v) => a.Enrolled = v),
        ("planOfCare", true, a => a.PlanOfCare, (a, v) => a.PlanOfCare = v),
        ("sameDayTherapy", true, a => a.SameDayTherapy, (a, v) => a.SameDayTherapy = v),
        ("minutes", true, a => a.Minutes, (a, v) => a.Minutes = v),
        ("pooledVisits", true, a => a.PooledVisits, (a, v) => a.PooledVisits = v),
    ];
}

/// <summary>The three answers to a yes/no question where "not sure" is honest, not an error.</summary>
public static class Answer
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Unsure = "unsure";

    public static bool IsValid(string? value) => value is Yes or No or Unsure;

    public static bool? ToBool(string? value) => value switch
    {
        Yes => true,
        No => false,
        _ => null,
    };
}
