using MassageCoverage.Web.Features.Audit;
using System.Globalization;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// Makes one owner's versions exactly the file's: matched by effectiveFrom, changed ones updated in place (their id,
/// which the API shows, survives), new ones inserted, missing ones deleted.
/// The exclusion constraint checks every row as it is written, so the order matters. Deletes and updates that keep or
/// shorten a range can never collide (the old ranges did not overlap), so they go in the first save; updates that
/// lengthen a range and inserts go in the second, when every range they could have met is already final. A start
/// never moves (it is the match key), so a range only grows or shrinks at its end, which makes two saves enough.
/// </summary>
internal static class RuleVersionSync
{
    /// <summary>True when any version was added, changed or removed.</summary>
    public static bool Sync(ImportSession session, string owner, IReadOnlyList<RuleVersion> existing,
        IReadOnlyList<RuleDocument> incoming, Func<RuleVersion> newRow)
    {
        var wanted = incoming.Select(RuleMapping.Normalise).ToList();
        var wantedStarts = wanted.Select(d => d.EffectiveFrom).ToHashSet(StringComparer.Ordinal);
        var byStart = existing.ToDictionary(r => IsoDate.Format(r.EffectiveFrom), StringComparer.Ordinal);
        var changes = session.Counts.RuleChanges;

        foreach (var row in existing.Where(r => !wantedStarts.Contains(IsoDate.Format(r.EffectiveFrom))))
        {
            session.Db.Rules.Remove(row);
            session.Counts.RulesRemoved++;
            session.Audit(AuditEntities.Rule, Id(row), AuditActions.Delete, Snapshot(owner, RuleMapping.ToDocument(row)), null);
        }

        foreach (var document in wanted)
        {
            if (byStart.TryGetValue(document.EffectiveFrom!, out var row))
            {
                Update(session, owner, row, document);
            }
            else
            {
                var added = newRow();
                RuleMapping.Apply(document, added);
                session.AfterFirstSave(() => session.Db.Rules.Add(added));
                session.Counts.RulesAdded++;
                session.Audit(AuditEntities.Rule, Id(added), AuditActions.Create, null, Snapshot(owner, document));
            }
        }

        return session.Counts.RuleChanges != changes;
    }

    private static void Update(ImportSession session, string owner, RuleVersion row, RuleDocument document)
    {
        var before = Snapshot(owner, RuleMapping.ToDocument(row));
        var after = Snapshot(owner, document);
        if (before == after)
        {
            return;
        }

        var lengthens = Lengthens(row.EffectiveTo, IsoDate.Parse(document.EffectiveTo));
        void Change()
        {
            RuleMapping.Apply(document, row);
            row.UpdatedBy = session.Actor;
            row.UpdatedAt = session.Now;
        }

        if (lengthens)
        {
            session.AfterFirstSave(Change);
        }
        else
        {
            Change();
        }

        session.Counts.RulesChanged++;
        session.Audit(AuditEntities.Rule, Id(row), AuditActions.Update, before, after);
    }

    private static bool Lengthens(DateOnly? oldEnd, DateOnly? newEnd) =>
        oldEnd is { } old && (newEnd is not { } end || end > old);

    private static Func<string> Id(RuleVersion row) => () => row.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Audit JSON of a rule: its owner, then the rule in the import format.</summary>
    private static string Snapshot(string owner, RuleDocument rule) => CatalogJson.Snapshot(new { owner, rule });
}
