using System.Text.Json;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.SavedChecks;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Records;

/// <summary>
/// Everything a patient owns, for the JSON download and the printable copy. One method per record kind, each
/// filtered by owner: a new kind (referrals, insurer calls) is one method and one line in <see cref="ForAsync"/>.
/// </summary>
public sealed class PatientExport(CoverageDbContext db, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<PatientRecords> ForAsync(string ownerId, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == ownerId)
            .Select(u => new ExportedAccount(u.Email, u.TimeZone, u.CreatedAt))
            .SingleAsync(cancellationToken);
        return new PatientRecords(
            clock.GetUtcNow(),
            account,
            SavedChecks: await SavedChecksAsync(ownerId, cancellationToken));
    }

    public async Task<IReadOnlyList<ExportedSavedCheck>> SavedChecksAsync(string ownerId, CancellationToken cancellationToken)
    {
        var rows = await db.SavedChecks.AsNoTracking().Where(c => c.OwnerId == ownerId)
            .OrderByDescending(c => c.SavedAt).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(c => new ExportedSavedCheck(
            c.Id, c.SavedAt, c.Label, c.Decision,
            JsonSerializer.Deserialize<Dictionary<string, string>>(c.Answers) ?? [],
            CheckSnapshot.FromJson(c.Snapshot)))];
    }

    public static byte[] ToJson(PatientRecords records) => JsonSerializer.SerializeToUtf8Bytes(records, Json);
}

public sealed record PatientRecords(DateTimeOffset ExportedAt, ExportedAccount Account, IReadOnlyList<ExportedSavedCheck> SavedChecks);

public sealed record ExportedAccount(string? Email, string TimeZone, DateTimeOffset CreatedAt);

public sealed record ExportedSavedCheck(
    long Id, DateTimeOffset SavedAt, string? Label, string Decision, IReadOnlyDictionary<string, string> Answers, CheckSnapshot Snapshot);
