namespace MassageCoverage.Web.Features.Import;

/// <summary>The words the import writes into <c>audit_entries</c>.</summary>
internal static class AuditNames
{
    public const string Plan = "Plan";
    public const string Rule = "Rule";
    public const string MedicaidState = "MedicaidState";
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Deleted = "Deleted";
}
