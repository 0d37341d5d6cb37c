namespace MassageCoverage.Web.Features.Records;

/// <summary>Entity type names in the audit trail for the patient's own records.</summary>
public static class RecordTypes
{
    public const string Referral = "Referral";
    public const string InsurerCall = "InsurerCall";
    public const string CallPromise = "CallPromise";
}
