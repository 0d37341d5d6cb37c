using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Features.Records;
using MassageCoverage.Web.Pages.Account.Denials;
using MassageCoverage.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Appeals;

/// <summary>
/// A patient's denials and the records they may cite. Every query names the owner, so another patient's id finds
/// nothing (the pages answer 404), and a referral or check id posted in a form is used only if it is the patient's own.
/// </summary>
public sealed class DenialRecords(CoverageDbContext db, PatientClock clock, AuditTrail audit, ILogger<DenialRecords> logger)
{
    /// <summary>
    /// Saves a change to one of the owner's denials over the row version the page was opened with, audited without
    /// its contents. False when it was changed elsewhere since: nothing is saved and the context is cleared, so the
    /// caller reads the saved row again to show it beside the patient's values.
    /// </summary>
    public async Task<bool> SaveChangeAsync(string ownerId, Denial denial, uint openedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(denial);
        db.Entry(denial).Property(d => d.Version).OriginalValue = openedVersion;
        denial.UpdatedAt = clock.UtcNow;
        audit.Add(ownerId, AuditEntities.Denial, denial.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditActions.Update);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            RecordsLog.Stale(logger, AuditEntities.Denial, denial.Id);
            db.ChangeTracker.Clear();
            return false;
        }

        RecordsLog.Changed(logger, AuditEntities.Denial, denial.Id, AuditActions.Update);
        return true;
    }

    public Task<Denial?> FindAsync(string ownerId, long id, CancellationToken cancellationToken) =>
        db.Denials.SingleOrDefaultAsync(d => d.Id == id && d.OwnerId == ownerId, cancellationToken);

    public async Task<DenialChoices> ChoicesAsync(string ownerId, CancellationToken cancellationToken)
    {
        var zone = await clock.ZoneAsync(ownerId, cancellationToken);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.OwnerId == ownerId)
            .OrderByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id)
            .Select(r => new { r.Id, r.PrescriberName, r.IssuedOn })
            .ToListAsync(cancellationToken);
        var checks = await db.SavedChecks.AsNoTracking().Where(c => c.OwnerId == ownerId)
            .OrderByDescending(c => c.SavedAt).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.SavedAt, c.Label, c.Snapshot })
            .ToListAsync(cancellationToken);
        return new DenialChoices(
            [.. referrals.Select(r => (r.Id, Words.Format(AppealStrings.ReferralLabel, r.PrescriberName, Words.Date(r.IssuedOn))))],
            [.. checks.Select(c => (c.Id, CheckLabel(c.Label, CheckSnapshot.FromJson(c.Snapshot), PatientClock.DayIn(c.SavedAt, zone))))]);
    }

    /// <summary>The form's referral and check, when each is blank or one of the patient's own; null ids and errors otherwise.</summary>
    public async Task<(long? Referral, long? Check)> LinksAsync(string ownerId, DenialForm form, FormErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        var referral = DenialForm.Id(form.ReferralId);
        if (referral is { } r && !await db.Referrals.AnyAsync(x => x.Id == r && x.OwnerId == ownerId, cancellationToken))
        {
            errors.Add(nameof(DenialForm.ReferralId), AppealStrings.ErrorNotYours);
        }
        else if (referral is null && !string.IsNullOrEmpty(form.ReferralId))
        {
            errors.Add(nameof(DenialForm.ReferralId), AppealStrings.ErrorNotYours);
        }

        var check = DenialForm.Id(form.SavedCheckId);
        if (check is { } c && !await db.SavedChecks.AnyAsync(x => x.Id == c && x.OwnerId == ownerId, cancellationToken))
        {
            errors.Add(nameof(DenialForm.SavedCheckId), AppealStrings.ErrorNotYours);
        }
        else if (check is null && !string.IsNullOrEmpty(form.SavedCheckId))
        {
            errors.Add(nameof(DenialForm.SavedCheckId), AppealStrings.ErrorNotYours);
        }

        return (referral, check);
    }

    /// <summary>A saved check as the patient tells it apart: its label or what it was for, its answer, and its day.</summary>
    public static string CheckLabel(string? label, CheckSnapshot snapshot, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Words.Format(AppealStrings.CheckLabel, label ?? snapshot.For, snapshot.DecisionLabel, Words.Date(day));
    }
}
