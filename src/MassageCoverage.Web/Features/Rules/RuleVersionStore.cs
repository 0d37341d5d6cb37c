using MassageCoverage.Web.Features.Clinic;
using MassageCoverage.Web.Features.Records;
using System.Globalization;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Catalog.Format;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MassageCoverage.Web.Features.Rules;

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
}

/// <summary>
/// Saves one rule version of a plan or a state. A new version is new dates: the open-ended version before it is
/// closed the day before, never overwritten. The row's xmin guards corrections, the exclusion constraint guards
/// dates, and each change and its before/after audit entry commit together; the check engine sees it at once.
/// </summary>
public sealed class RuleVersionStore(CoverageDbContext db, AuditTrail audit, CatalogProvider catalog, ClinicClock clock)
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

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await owner.LockAsync(db, cancellationToken) is { } closed)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new RuleSave.Closed(closed);
        }

        try
        {
            if (closes is not null)
            {
                // Closed first, in its own save: the exclusion constraint checks every row as it is written.
                var closedBefore = Snapshot(owner, closes);
                closes.EffectiveTo = values.EffectiveFrom.AddDays(-1);
                Touch(closes, actor);
                audit.Add(actor, AuditNames.Rule, Id(closes), AuditNames.Updated, closedBefore, Snapshot(owner, closes));
                await db.SaveChangesAsync(cancellationToken);
            }

            var before = row is null ? null : Snapshot(owner, row);
            if (row is null)
            {
                row = owner.NewVersion(actor);
                owner.Rules.Add(row);
                db.Rules.Add(row);
            }
            else
            {
                db.Entry(row).Property(r => r.Version).OriginalValue = readVersion;
            }

            RuleMapping.Apply(RuleMapping.ToDocument(values), row);
            Touch(row, actor);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(actor, AuditNames.Rule, Id(row), before is null ? AuditNames.Created : AuditNames.Updated, before, Snapshot(owner, row));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
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
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation })
        {
            // Someone added an overlapping version between the check above and this save.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new RuleSave.Overlap(VersionDates.RaceMessage(owner.Noun));
        }

        await catalog.RefreshAfterChangeAsync(cancellationToken);
        return new RuleSave.Saved(row);
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
