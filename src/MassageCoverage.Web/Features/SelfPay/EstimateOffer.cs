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
        var values = new List<KeyValuePair<string, string?>> { new("service", request.ServiceCode) };
        if (request.DiagnosisCodes.Count > 0)
        {
            values.Add(new("diagnosis", string.Join(", ", request.DiagnosisCodes.Select(IcdCode.Format))));
        }

        if (request.PlannedMinutes is { } minutes && CptCodes.Find(request.ServiceCode)?.Timed == true)
        {
            values.Add(new("minutes", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Path + QueryString.Create(values).ToUriComponent();
    }
}
