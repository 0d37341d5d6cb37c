using System.Text.Json;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog.Format;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>One change to a state's criteria or to one of its rule versions, as its page lists it.</summary>
public sealed record StateChange(DateTimeOffset At, string Actor, string What, string? Source);

/// <summary>
/// A state's changes, newest first, read from the audit log: its criteria entries, the rule entries whose
/// snapshot names it as owner (<c>medicaid:CO</c>), so versions removed since are still listed, and the imports
/// that changed it (one entry per import, naming every state it changed).
/// </summary>
public sealed class StateHistory(CoverageDbContext db)
{
    public const int Shown = 20;

    public async Task<IReadOnlyList<StateChange>> RecentAsync(string stateCode, CancellationToken cancellationToken)
    {
        var owner = JsonSerializer.Serialize(new { owner = $"medicaid:{stateCode}" });
        var imported = JsonSerializer.Serialize(new { states = new[] { stateCode } });
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == AuditEntities.MedicaidState && a.EntityId == stateCode)
                || (a.EntityType == AuditEntities.Rule
                    && ((a.After != null && EF.Functions.JsonContains(a.After, owner)) || (a.Before != null && EF.Functions.JsonContains(a.Before, owner))))
                || (a.EntityType == AuditEntities.CatalogImport && a.After != null && EF.Functions.JsonContains(a.After, imported)))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(Shown).ToListAsync(cancellationToken);
        var emails = await ActorNames.EmailsAsync(db, entries.Select(e => e.Actor), cancellationToken);
        return [.. entries.Select(e => e.EntityType == AuditEntities.CatalogImport
            ? new StateChange(e.At, emails.Of(e.Actor), $"Changed by an import (file SHA-256 {e.EntityId[..Math.Min(12, e.EntityId.Length)]}…)", null)
            : new StateChange(e.At, emails.Of(e.Actor), Describe(e.EntityType, e.Action, e.Before, e.After), Source(e.After ?? e.Before)))];
    }

    private static string Describe(string entityType, string action, string? before, string? after)
    {
        var verb = action switch { AuditActions.Create => "added", AuditActions.Delete => "removed", _ => "changed" };
        if (entityType == AuditEntities.MedicaidState)
        {
            var changed = ChangedFields(before, after);
            return action == AuditActions.Create ? "Criteria added"
                : changed.Count == 0 ? "Criteria saved unchanged" : $"Criteria changed: {string.Join(", ", changed)}";
        }

        var from = Read(after ?? before, "rule", "effectiveFrom");
        return from is null ? $"Rule version {verb}" : $"Rule version from {from} {verb}";
    }

    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["program"] = "program", ["coverageForm"] = "coverage form", ["populations"] = "populations", ["note"] = "note",
        ["source"] = "source", ["lastVerified"] = "last verified",
        // Entries written before a state's rules had versions of their own carried the rule inside the state's.
        ["rules"] = "rule",
    };

    /// <summary>The criteria fields whose values differ between two snapshots, in the form's order.</summary>
    private static List<string> ChangedFields(string? before, string? after) =>
        [.. FieldNames.Where(f => Read(before, f.Key) != Read(after, f.Key)).Select(f => f.Value)];

    private static string? Source(string? snapshot) => Read(snapshot, "rule", "source") ?? Read(snapshot, "source");

    private static string? Read(string? snapshot, params string[] path)
    {
        if (snapshot is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(snapshot);
        var element = document.RootElement;
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => element.GetRawText(),
        };
    }
}
