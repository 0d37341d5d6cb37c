namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>The words the import and the editors write into <c>audit_entries</c>: one vocabulary for every change.</summary>
internal static class AuditNames
{
    public const string Plan = "Plan";
    public const string Rule = "Rule";
    public const string MedicaidState = "MedicaidState";
    public const string Created = Audit.AuditActions.Create;
    public const string Updated = Audit.AuditActions.Update;
    public const string Deleted = Audit.AuditActions.Delete;
}
