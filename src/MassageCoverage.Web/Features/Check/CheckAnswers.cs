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

    /// <summary>The answers as route values: the query string of the result page and of "Edit answers".</summary>
    public Dictionary<string, string> ToRouteValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value.Trim();
            }
        }

        Add("coverage", Coverage);
        Add("state", State);
        Add("plan", Plan);
        // A valid code typed into the search box counts as the chosen diagnosis, so the link carries it.
        Add("diagnosis", CheckMapping.HasDiagnosis(this, out var code, out _) ? Core.Coverage.IcdCode.Format(code!) : Diagnosis);
        Add("provider", Provider);
        Add("licensed", Licensed);
        Add("inNetwork", InNetwork);
        Add("referral", Referral);
        Add("referralDate", ReferralDate);
        Add("priorAuth", PriorAuth);
        Add("visitsUsed", VisitsUsed);
        Add("age", Age);
        return values;
    }
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
