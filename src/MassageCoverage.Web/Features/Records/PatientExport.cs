using System.Text.Json;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Records;

/// <summary>
/// Everything a patient owns, for the JSON download and the printable copy. One method per record kind, each
/// filtered by owner.
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
            SavedChecks: await SavedChecksAsync(ownerId, cancellationToken),
            Referrals: await ReferralsAsync(ownerId, cancellationToken),
            InsurerCalls: await InsurerCallsAsync(ownerId, cancellationToken),
            Denials: await DenialsAsync(ownerId, cancellationToken));
    }

    public async Task<IReadOnlyList<ExportedDenial>> DenialsAsync(string ownerId, CancellationToken cancellationToken)
    {
        var denials = await db.Denials.AsNoTracking().Where(d => d.OwnerId == ownerId)
            .OrderByDescending(d => d.NoticeDate).ThenByDescending(d => d.Id)
            .ToListAsync(cancellationToken);
        return [.. denials.Select(d => new ExportedDenial(d.Id, d.NoticeDate, d.Insurer, d.PlanName, d.MemberId, d.Route.ToString(),
            d.ClaimReference, d.Reason.ToString(), d.InOwnWords, d.ServiceCode, d.ServiceDates, d.ReferralId, d.SavedCheckId,
            d.Status.ToString(), d.SentOn, d.DecidedOn, d.Outcome?.ToString(), d.Letter, d.LetterLanguage))];
    }

    public async Task<IReadOnlyList<ExportedReferral>> ReferralsAsync(string ownerId, CancellationToken cancellationToken) =>
        await db.Referrals.AsNoTracking().Where(r => r.OwnerId == ownerId)
            .OrderByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id)
            .Select(r => new ExportedReferral(r.Id, r.PrescriberName, r.PrescriberNpi, r.IssuedOn, r.DiagnosisCodes,
                r.BodyAreas, r.FrequencyAndDuration, r.VisitsPrescribed, r.VisitsUsed, r.ExpiresOn))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ExportedInsurerCall>> InsurerCallsAsync(string ownerId, CancellationToken cancellationToken)
    {
        var calls = await db.InsurerCalls.AsNoTracking().Include(c => c.Promises).Where(c => c.OwnerId == ownerId)
            .OrderByDescending(c => c.CalledAt).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        return [.. calls.Select(c => new ExportedInsurerCall(c.Id, c.CalledAt, c.Insurer, c.NumberDialled, c.Representative,
            c.ReferenceNumber, c.QuestionsAsked, c.Answers, c.WrittenConfirmationRequested, c.WrittenConfirmationReceived, c.About?.Code,
            new ExportedSaid(c.Said.Covered, c.Said.VisitsPerYear, c.Said.ReferralNeeded, c.Said.PriorAuthorizationNeeded),
            [.. c.Promises.OrderBy(p => p.DueOn).Select(p => new ExportedPromise(p.What, p.DueOn, p.Done))]))];
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

public sealed record PatientRecords(
    DateTimeOffset ExportedAt,
    ExportedAccount Account,
    IReadOnlyList<ExportedSavedCheck> SavedChecks,
    IReadOnlyList<ExportedReferral> Referrals,
    IReadOnlyList<ExportedInsurerCall> InsurerCalls,
    IReadOnlyList<ExportedDenial> Denials);

/// <summary>A denial and its appeal; the kinds (route, reason, status, outcome) by their names, as the app spells them.</summary>
public sealed record ExportedDenial(
    long Id, DateOnly NoticeDate, string Insurer, string? PlanName, string? MemberId, string Route, string? ClaimReference,
    string Reason, string? InOwnWords, string ServiceCode, string? ServiceDates, long? ReferralId, long? SavedCheckId,
    string Status, DateOnly? SentOn, DateOnly? DecidedOn, string? Outcome, string? Letter, string? LetterLanguage);

public sealed record ExportedReferral(
    long Id, string PrescriberName, string PrescriberNpi, DateOnly IssuedOn, IReadOnlyList<string> DiagnosisCodes,
    string? BodyAreas, string? FrequencyAndDuration, int VisitsPrescribed, int VisitsUsed, DateOnly ExpiresOn);

public sealed record ExportedInsurerCall(
    long Id, DateTimeOffset CalledAt, string Insurer, string? NumberDialled, string? Representative, string? ReferenceNumber,
    string? QuestionsAsked, string? Answers, bool WrittenConfirmationRequested, bool WrittenConfirmationReceived,
    string? About, ExportedSaid Said, IReadOnlyList<ExportedPromise> Promises);

/// <summary>What the representative said; each null when not asked.</summary>
public sealed record ExportedSaid(bool? Covered, int? VisitsPerYear, bool? ReferralNeeded, bool? PriorAuthorizationNeeded);

public sealed record ExportedPromise(string What, DateOnly DueOn, bool Done);

public sealed record ExportedAccount(string? Email, string TimeZone, DateTimeOffset CreatedAt);

public sealed record ExportedSavedCheck(
    long Id, DateTimeOffset SavedAt, string? Label, string Decision, IReadOnlyDictionary<string, string> Answers, CheckSnapshot Snapshot);
