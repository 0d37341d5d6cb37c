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
    public static bool Sync(ImportSession session, IReadOnlyList<RuleVersion> existing, IReadOnlyList<RuleDocument> incoming,
        Func<RuleVersion> newRow)
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
                Update(session, row, document);
            }
            else
            {
                var added = newRow();
                RuleMapping.Apply(document, added);
                added.UpdatedBy = session.Actor;
                added.UpdatedAt = session.Now;
                session.Rules.Insert(added);
                counts.RulesAdded++;
            }
        }

        // What is left was matched by no version of the file.
        foreach (var row in byStart.Values)
        {
            session.Rules.Delete(row.Id);
            counts.RulesRemoved++;
        }

        return counts.RuleChanges != changes;
    }

    private static void Update(ImportSession session, RuleVersion row, RuleDocument document)
    {
        // The stored version and the file's, both as they would export: equal exactly when nothing would change.
        if (CatalogJson.Snapshot(RuleMapping.ToDocument(row)) == CatalogJson.Snapshot(RuleMapping.Normalise(document)))
        {
            return;
        }

        var oldEnd = row.EffectiveTo;
        var changed = new RuleVersion { Id = row.Id, UpdatedBy = session.Actor, UpdatedAt = session.Now };
        RuleMapping.Apply(document, changed);
        session.Rules.Update(changed, Lengthens(oldEnd, changed.EffectiveTo));
        session.Counts.RulesChanged++;
    }

    private static bool Lengthens(DateOnly? oldEnd, DateOnly? newEnd) =>
        oldEnd is { } old && (newEnd is not { } end || end > old);
}
