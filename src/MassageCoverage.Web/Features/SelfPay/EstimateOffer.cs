using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.SelfPay;

/// <summary>
/// When an answer offers a Good Faith Estimate, and the address that opens it pre-filled from the check: the service,
/// the diagnosis codes and the session's minutes when known. The patient's name and date of birth are never part of
/// it: the estimate's form posts them (docs/domain.md section 5b).
/// </summary>
public static class EstimateOffer
{
    public const string Path = "/estimate";

    /// <summary>Not covered, or no insurance at all: the patient may pay for the service themselves.</summary>
    public static bool Applies(CoverageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Decision == Decision.NotCovered || decision.Request.PlanType == PlanType.NoInsurance;
    }

    public static string Link(CoverageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Link(request.ServiceCode, [.. request.DiagnosisCodes.Select(IcdCode.Format)], request.PlannedMinutes);
    }

    /// <summary>The form's address pre-filled with a service, its diagnosis codes (as written) and minutes.</summary>
    public static string Link(string serviceCode, IReadOnlyList<string> diagnosisCodes, int? minutes)
    {
        ArgumentNullException.ThrowIfNull(diagnosisCodes);
        var values = new List<KeyValuePair<string, string?>> { new("service", serviceCode) };
        if (diagnosisCodes.Count > 0)
        {
            values.Add(new("diagnosis", string.Join(", ", diagnosisCodes)));
        }

        if (minutes is { } m && CptCodes.Find(serviceCode)?.Timed == true)
        {
            values.Add(new("minutes", m.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Path + QueryString.Create(values).ToUriComponent();
    }
}
