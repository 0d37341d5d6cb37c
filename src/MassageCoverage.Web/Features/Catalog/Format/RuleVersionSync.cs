using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// Works out how to make one owner's versions exactly the file's: matched by effectiveFrom, changed ones updated in
/// place (their id, which the API shows, survives), new ones inserted, missing ones deleted. Nothing is written here:
/// every owner's changes are gathered in <see cref="RuleWrites"/>, which writes them all in a few statements.
/// </summary>
internal static class RuleVersionSync
{
    /// <summary>True when any version was added, changed or removed.</summary>
    /// <param name="newRow">A row for a new version, its owner set; the version's dates and terms are set here.</param>
    /// <param name="described">When given, each version added, changed or removed, with its fields in words.</param>
    public static bool Sync(ImportSession session, IReadOnlyList<RuleVersion> existing, IReadOnlyList<RuleDocument> incoming,
        Func<RuleVersion> newRow, List<ImportVersionChange>? described = null)
    {
        var counts = session.Counts;
        var changes = counts.RuleChanges;
        var byStart = new Dictionary<DateOnly, RuleVersion>(existing.Count);
        foreach (var row in existing)
        {
            byStart.Add(row.EffectiveFrom, row);
        }

        foreach (var document in incoming)
        {
            var start = IsoDate.Parse(document.EffectiveFrom)!.Value;
            if (byStart.Remove(start, out var row))
            {
                Update(session, row, document, described);
            }
            else
            {
                var added = newRow();
                RuleMapping.Apply(document, added);
                added.UpdatedBy = session.Actor;
                added.UpdatedAt = session.Now;
                session.Rules.Insert(added);
                counts.RulesAdded++;
                described?.Add(new(document.EffectiveFrom!, ImportChangeKind.Added,
                    ImportChanges.Fields(null, CatalogJson.Snapshot(RuleMapping.Normalise(document)))));
            }
        }

        // What is left was matched by no version of the file.
        foreach (var row in byStart.Values)
        {
            session.Rules.Delete(row.Id);
            counts.RulesRemoved++;
            described?.Add(new(IsoDate.Format(row.EffectiveFrom), ImportChangeKind.Removed, []));
        }

        return counts.RuleChanges != changes;
    }

    private static void Update(ImportSession session, RuleVersion row, RuleDocument document, List<ImportVersionChange>? changes)
    {
        // The stored version and the file's, both as they would export: equal exactly when nothing would change.
        var stored = CatalogJson.Snapshot(RuleMapping.ToDocument(row));
        var incoming = CatalogJson.Snapshot(RuleMapping.Normalise(document));
        if (stored == incoming)
        {
            return;
        }

        changes?.Add(new(document.EffectiveFrom!, ImportChangeKind.Changed, ImportChanges.Fields(stored, incoming)));
        var oldEnd = row.EffectiveTo;
        var changed = new RuleVersion { Id = row.Id, UpdatedBy = session.Actor, UpdatedAt = session.Now };
        RuleMapping.Apply(document, changed);
        session.Rules.Update(changed, Lengthens(oldEnd, changed.EffectiveTo));
        session.Counts.RulesChanged++;
    }

    private static bool Lengthens(DateOnly? oldEnd, DateOnly? newEnd) =>
        oldEnd is { } old && (newEnd is not { } end || end > old);
}
