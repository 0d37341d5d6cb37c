using System.Globalization;
using MassageCoverage.Core;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Audit;

/// <summary>An audit entry as people read it: who, what kind of thing, whose, and each changed field in words.</summary>
public sealed record AuditLine(DateTimeOffset At, string Actor, string Kind, string Owner, string Action, IReadOnlyList<FieldChange> Changes);

/// <summary>
/// Reads audit entries in words for the log page and its CSV, which show the same columns. Owners are named as the
/// consoles name them: a plan by name and code, a state by name, a rule by its owner and first day; people by
/// <see cref="ActorNames"/>, so a patient is "patient #N", never an email or an account id.
/// </summary>
public sealed class AuditReader(CoverageDbContext db)
{
    public async Task<IReadOnlyList<AuditLine>> ReadAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var people = await ActorNames.EmailsAsync(db,
            entries.Select(e => e.Actor).Concat(entries.Where(e => e.EntityType == AuditEntities.User).Select(e => e.EntityId)), cancellationToken);
        var codes = entries.Select(e => e.EntityType == AuditEntities.Plan ? e.EntityId : PlanCode(e)).OfType<string>().Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
        return [.. entries.Select(e => new AuditLine(e.At, people.Of(e.Actor), AuditKinds.Word(e.EntityType), Owner(e, plans, people),
            Action(e.Action), AuditDiff.Compare(e.Before, e.After)))];
    }

    public static string Action(string action) => action switch
    {
        AuditActions.Create => "added",
        AuditActions.Update => "changed",
        AuditActions.Delete => "deleted",
        AuditActions.Import => "imported",
        "roles" => "roles changed",
        "lock" => "locked",
        "unlock" => "unlocked",
        _ => AuditDiff.Words(action.Replace('-', ' ')),
    };

    private static string Owner(AuditEntry e, Dictionary<string, string> plans, IReadOnlyDictionary<string, string> people) => e.EntityType switch
    {
        AuditEntities.Plan => PlanName(e.EntityId, plans.GetValueOrDefault(e.EntityId) ?? AuditDiff.Read(e.After ?? e.Before, "name")),
        AuditEntities.Rule => RuleOwner(e, plans),
        AuditEntities.MedicaidState => StateName(e.EntityId),
        AuditEntities.CatalogImport => $"file SHA-256 {e.EntityId}",
        AuditEntities.User => people.Of(e.EntityId),
        AuditEntities.ClinicSettings => "the clinic's details",
        _ => $"#{e.EntityId}",
    };

    private static string RuleOwner(AuditEntry e, Dictionary<string, string> plans)
    {
        var snapshot = e.After ?? e.Before;
        var owner = AuditDiff.Read(snapshot, "owner");
        var whose = After(owner, PlanPrefix) is { } code ? PlanName(code, plans.GetValueOrDefault(code))
            : After(owner, StatePrefix) is { } state ? StateName(state)
            : $"rule #{e.EntityId}";
        return AuditDiff.Read(snapshot, "rule", "effectiveFrom") is { } from ? $"{whose}, version from {from}" : whose;
    }

    private static string? PlanCode(AuditEntry e) =>
        e.EntityType == AuditEntities.Rule ? After(AuditDiff.Read(e.After ?? e.Before, "owner"), PlanPrefix) : null;

    /// <summary>A rule snapshot names its owner <c>plan:acme-ppo-gold</c> or <c>medicaid:CO</c> (RuleOwner.AuditOwner).</summary>
    public const string PlanPrefix = "plan:";
    public const string StatePrefix = "medicaid:";

    private static string? After(string? owner, string prefix) =>
        owner is not null && owner.StartsWith(prefix, StringComparison.Ordinal) ? owner[prefix.Length..] : null;

    private static string PlanName(string code, string? name) => name is null ? $"plan {code}" : $"plan {name} ({code})";

    private static string StateName(string code) => UsStates.Find(code) is { } state ? $"{state.Name} Medicaid" : $"state {code}";
}

/// <summary>The audit trail's entity types as words, for the log's type column and filter.</summary>
public static class AuditKinds
{
    public static string Word(string entityType) => entityType switch
    {
        AuditEntities.Plan => "Plan",
        AuditEntities.Rule => "Rule version",
        AuditEntities.MedicaidState => "Medicaid criteria",
        AuditEntities.CatalogImport => "Catalog import",
        AuditEntities.User => "Account",
        AuditEntities.SavedCheck => "Saved check",
        AuditEntities.Referral => "Referral",
        AuditEntities.InsurerCall => "Insurer call",
        AuditEntities.CallPromise => "Insurer's promise",
        AuditEntities.Denial => "Denial",
        AuditEntities.ClinicPrice => "Self-pay price",
        AuditEntities.ClinicSettings => "Clinic details",
        AuditEntities.DiscrepancyReport => "Discrepancy report",
        _ => AuditDiff.Words(entityType).Trim() is { Length: > 0 } words ? char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..] : entityType,
    };
}
