using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Audit;

/// <summary>
/// Adds audit entries to the unit of work, so they are saved in the same transaction as the change they describe.
/// For patient records pass no before/after: the audit trail names the entity and the action, never health data.
/// </summary>
public sealed class AuditTrail(CoverageDbContext db, TimeProvider clock)
{
    public void Add(string actor, string entityType, string entityId, string action, string? before = null, string? after = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = actor,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Before = before,
            After = after,
        });
}

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";

    /// <summary>A catalog file imported: one entry for the whole file, not one per row it wrote.</summary>
    public const string Import = "import";
}

/// <summary>The kinds of thing the audit trail names, each spelled once: the console's filters and history read these.</summary>
public static class AuditEntities
{
    public const string Plan = "Plan";
    public const string Rule = "Rule";
    public const string MedicaidState = "MedicaidState";

    /// <summary>A catalog import, named by its file's SHA-256.</summary>
    public const string CatalogImport = "CatalogImport";
    public const string User = "User";
    public const string SavedCheck = "SavedCheck";
    public const string Referral = "Referral";
    public const string InsurerCall = "InsurerCall";
    public const string CallPromise = "CallPromise";
    public const string Denial = "Denial";

    /// <summary>A price of the clinic's self-pay price list, named by its id.</summary>
    public const string ClinicPrice = "ClinicPrice";

    /// <summary>The clinic's details on Good Faith Estimates (one row).</summary>
    public const string ClinicSettings = "ClinicSettings";

    public const string DiscrepancyReport = "DiscrepancyReport";
}
