namespace MassageCoverage.Web.Tests.Api;

/// <summary>Request bodies for the seeded catalog, as a client writes them; each test changes what it is about.</summary>
internal static class CheckBodies
{
    /// <summary>acme-ppo-gold (demo) with every requirement met on 2026-03-01: the referral is 10 days old.</summary>
    public static Dictionary<string, object?> AcmeGoldAllMet() => new()
    {
        ["planType"] = "private",
        ["planCode"] = "acme-ppo-gold",
        ["serviceCode"] = "97124",
        ["diagnosisCodes"] = new[] { "M54.50" },
        ["providerType"] = "massageTherapist",
        ["therapistLicensed"] = true,
        ["inNetwork"] = true,
        ["hasReferral"] = true,
        ["referralDate"] = "2026-02-19",
        ["priorAuthorization"] = null,
        ["visitsUsed"] = 0,
        ["patientAge"] = null,
        ["asOf"] = "2026-03-01",
    };

    public static Dictionary<string, object?> Medicaid(string state) => new()
    {
        ["planType"] = "medicaid",
        ["state"] = state,
        ["asOf"] = "2026-03-01",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value) =>
        new(body) { [field] = value };

    public static Dictionary<string, object?> WithDiagnoses(this Dictionary<string, object?> body, params string[] codes) =>
        body.With("diagnosisCodes", codes);

    public static Dictionary<string, object?> Without(this Dictionary<string, object?> body, string field)
    {
        var copy = new Dictionary<string, object?>(body);
        copy.Remove(field);
        return copy;
    }
}
