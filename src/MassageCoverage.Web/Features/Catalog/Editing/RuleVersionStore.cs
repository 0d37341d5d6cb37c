using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Records;
using System.Globalization;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Catalog.Format;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>What became of a save: done, refused for its dates, or refused because someone else saved first.</summary>
public abstract record RuleSave
{
    public sealed record Saved(RuleVersion Rule) : RuleSave;

    /// <summary>The dates share a day with another version; the message names it.</summary>
    public sealed record Overlap(string Message) : RuleSave;

    /// <summary>The version changed since it was read; <paramref name="Current"/> is what is stored now.</summary>
    public sealed record Conflict(RuleVersion Current) : RuleSave;

    /// <summary>The version was deleted since it was read.</summary>
    public sealed record Gone : RuleSave;

    /// <summary>The owner takes no version now (a state made unknown since the editor opened); the message says why.</summary>
    public sealed record Closed(string Message) : RuleSave;

    /// <summary>The owner takes no version with these terms (a state's version not of its coverage form); beside <paramref name="Field"/>.</summary>
    public sealed record Disagrees(string Field, string Message) : RuleSave;
}

/// <summary>
/// Saves one rule version of a plan or a state. A new version is new dates: the open-ended version before it is
/// closed the day before, never overwritten. The row's xmin guards corrections, the exclusion constraint guards
/// dates, and each change and its before/after audit entry commit together through <see cref="CatalogWriter"/>; the
/// check engine sees it at once.
/// </summary>
public sealed class RuleVersionStore(CoverageDbContext db, CatalogWriter writer, ClinicClock clock)
{
    public DateOnly Today => clock.Today;

    /// <param name="owner">Loaded with tracking, with every version.</param>
    /// <param name="row">The version corrected, or null to add one.</param>
    /// <param name="values">The checked values, as <see cref="RuleForm.TryRead"/> gives them.</param>
    /// <param name="readVersion">The xmin of <paramref name="row"/> when the editor read it.</param>
    public async Task<RuleSave> SaveAsync(RuleOwner owner, RuleVersion? row, RuleVersion values, uint readVersion, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(values);
        var others = owner.Rules.Where(r => r != row).ToList();
        var closes = row is null ? VersionDates.OpenVersionBefore(others, values.EffectiveFrom) : null;
        if (VersionDates.Clash(others, values, closes) is { } clash)
        {
            return new RuleSave.Overlap(VersionDates.OverlapMessage(clash, owner.Noun));
        }

        var written = await writer.WriteAsync(async (change, ct) =>
        {
            if (await owner.LockAsync(db, values.Terms, ct) is { } refusal)
            {
                return CatalogWrite.Refuse<RuleVersion>(refusal.Message, refusal.Field);
            }

            if (closes is not null)
            {
                // Closed first, in its own save: the exclusion constraint checks every row as it is written.
                var closedBefore = Snapshot(owner, closes);
                closes.EffectiveTo = values.EffectiveFrom.AddDays(-1);
                Touch(closes, actor);
                change.Audit(actor, AuditEntities.Rule, Id(closes), AuditActions.Update, closedBefore, Snapshot(owner, closes));
                await db.SaveChangesAsync(ct);
            }

            var before = row is null ? null : Snapshot(owner, row);
            var saving = row;
            if (saving is null)
            {
                saving = owner.NewVersion(actor);
                owner.Rules.Add(saving);
                db.Rules.Add(saving);
            }
            else
            {
                db.Entry(saving).Property(r => r.Version).OriginalValue = readVersion;
            }

            RuleMapping.Apply(RuleMapping.ToDocument(values), saving);
            Touch(saving, actor);
            change.Audit(actor, AuditEntities.Rule, () => Id(saving), before is null ? AuditActions.Create : AuditActions.Update, before, Snapshot(owner, saving));
            return CatalogWrite.Save(saving);
        }, CatalogWriteMode.Commit, cancellationToken);
        switch (written)
        {
            case CatalogWrite<RuleVersion>.Saved { Value: var saved }:
                return new RuleSave.Saved(saved);
            case CatalogWrite<RuleVersion>.Refused { Reason: var reason, Field: { } field }:
                return new RuleSave.Disagrees(field, reason);
            case CatalogWrite<RuleVersion>.Refused { Reason: var reason }:
                return new RuleSave.Closed(reason);
            case CatalogWrite<RuleVersion>.Clash:
                // Someone added an overlapping version between the check above and this save.
                return new RuleSave.Overlap(VersionDates.RaceMessage(owner.Noun));
            default:
                if (row is null)
                {
                    // Only the version being closed can have moved under a new version.
                    return new RuleSave.Overlap(VersionDates.PreviousChangedMessage(owner.Noun));
                }

                var id = row.Id;
                return await db.Rules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } current
                    ? new RuleSave.Conflict(current)
                    : new RuleSave.Gone();
        }
    }

    /// <summary>Audit JSON of a rule: its owner, then the rule in the import format, as the import writes it.</summary>
    public static string Snapshot(RuleOwner owner, RuleVersion rule)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return CatalogJson.Snapshot(new { owner = owner.AuditOwner, rule = RuleMapping.ToDocument(rule) });
    }

    private void Touch(RuleVersion rule, string actor)
    {
        rule.UpdatedBy = actor;
        rule.UpdatedAt = clock.UtcNow;
    }

    private static string Id(RuleVersion rule) => rule.Id.ToString(CultureInfo.InvariantCulture);
}
