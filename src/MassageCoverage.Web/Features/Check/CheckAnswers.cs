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
        Add("diagnosis", Diagnosis);
        Add("provider", Provider);
        Add("licensed", Licensed);
        Add("inNetwork", InNetwork);
        Add("referral", Referral);
        Add("referralDate", ReferralDate);
        Add("priorAuth", PriorAuth);
        Add("visitsUsed", VisitsUsed);
        Add("age", Age);
        Add("enrolled", Enrolled);
        Add("planOfCare", PlanOfCare);
        Add("sameDayTherapy", SameDayTherapy);
        Add("minutes", Minutes);
        Add("pooledVisits", PooledVisits);
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
