using System.Text.Json;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Check;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Records;

/// <summary>
/// A patient's saved checks. Every query names the owner, so another patient's id finds nothing (the pages answer
/// 404) and changes nothing.
/// </summary>
public sealed partial class SavedCheckStore(CoverageDbContext db, AuditTrail audit, TimeProvider clock, ILogger<SavedCheckStore> logger)
{
    public IQueryable<SavedCheck> OwnedBy(string ownerId) => db.SavedChecks.AsNoTracking().Where(c => c.OwnerId == ownerId);

    public Task<SavedCheck?> FindAsync(string ownerId, long id, CancellationToken cancellationToken) =>
        OwnedBy(ownerId).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<long> SaveAsync(string ownerId, CheckResult result, string? label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var check = new SavedCheck
        {
            OwnerId = ownerId,
            SavedAt = clock.GetUtcNow(),
            Answers = JsonSerializer.Serialize(result.Answers.ToRouteValues()),
            Decision = result.Decision.Decision.ToString(),
            Snapshot = CheckSnapshot.Of(result).ToJson(),
            Label = string.IsNullOrWhiteSpace(label) ? null : label.Trim(),
        };

        // The id exists only after the insert; the audit entry joins it in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SavedChecks.Add(check);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(ownerId, AuditEntities.SavedCheck, check.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditActions.Create);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSaved(check.Id, check.Decision);
        return check.Id;
    }

    /// <summary>False when the owner has no such check: nothing is deleted.</summary>
    public async Task<bool> DeleteAsync(string ownerId, long id, CancellationToken cancellationToken)
    {
        var check = await db.SavedChecks.SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == ownerId, cancellationToken);
        if (check is null)
        {
            return false;
        }

        db.SavedChecks.Remove(check);
        audit.Add(ownerId, AuditEntities.SavedCheck, id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditActions.Delete);
        await db.SaveChangesAsync(cancellationToken);
        LogDeleted(id);
        return true;
    }

    public static CheckAnswers AnswersOf(SavedCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(check.Answers) ?? [];
        string? Get(string key) => values.GetValueOrDefault(key);
        return new CheckAnswers
        {
            Coverage = Get("coverage"), State = Get("state"), Plan = Get("plan"), Diagnosis = Get("diagnosis"),
            Provider = Get("provider"), Licensed = Get("licensed"), InNetwork = Get("inNetwork"), Referral = Get("referral"),
            ReferralDate = Get("referralDate"), PriorAuth = Get("priorAuth"), VisitsUsed = Get("visitsUsed"), Age = Get("age"),

            // Checks saved before these questions were asked answered them "not sure", as the form's defaults do.
            Enrolled = Get("enrolled") ?? Answer.Unsure, PlanOfCare = Get("planOfCare") ?? Answer.Unsure,
            SameDayTherapy = Get("sameDayTherapy") ?? Answer.Unsure, Minutes = Get("minutes"), PooledVisits = Get("pooledVisits"),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Saved check {SavedCheckId} saved ({Decision})")]
    private partial void LogSaved(long savedCheckId, string decision);

    [LoggerMessage(Level = LogLevel.Information, Message = "Saved check {SavedCheckId} deleted")]
    private partial void LogDeleted(long savedCheckId);
}
