using System.Globalization;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Features.Mail;
using MassageCoverage.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MassageCoverage.Web.Features.FollowThrough;

/// <summary>
/// One pass over the accounts that want reminders: for each, what is due within its chosen number of days (or already
/// overdue by up to <see cref="OverdueDays"/> days, or due now) and not reminded of yet goes in one message. The
/// message and the rows saying which things it reminded of commit together, and a row's key is unique per account, so
/// a second worker racing this one (on this instance or another) fails on the key, rolls back its message and sends
/// nothing: each reminder leaves once. The message says the kind of thing and its date, never what the patient typed.
/// </summary>
public sealed partial class ReminderRun(
    CoverageDbContext db, DueList due, Mailer mail, ClinicClock clinic, IConfiguration configuration, ILogger<ReminderRun> logger)
{
    /// <summary>How late a reminder may still go out: one the worker could not send (an outage, reminders just turned on).</summary>
    public const int OverdueDays = 7;

    /// <summary>How long a key is kept: past it, something still true (visits nearly used) may be reminded of again.</summary>
    public static readonly TimeSpan KeepKeys = TimeSpan.FromDays(180);

    /// <summary>Sends what is due; how many accounts were sent a message.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var forgetBefore = clinic.UtcNow - KeepKeys;
        await db.RemindersSent.Where(r => r.SentAt < forgetBefore).ExecuteDeleteAsync(cancellationToken);
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.RemindersEnabled && u.EmailConfirmed && u.Email != null)
            .OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Email, u.TimeZone, u.Language, u.ReminderDaysAhead })
            .ToListAsync(cancellationToken);
        var link = DueCalendar.AccountLink(configuration, request: null);
        var sent = 0;
        foreach (var account in accounts)
        {
            var zone = TimeZoneInfo.TryFindSystemTimeZoneById(account.TimeZone, out var found) ? found : clinic.Zone;
            var today = clinic.TodayIn(zone);
            var (from, until) = (today.AddDays(-OverdueDays), today.AddDays(account.ReminderDaysAhead));
            var items = (await due.ForAsync(account.Id, today, cancellationToken))
                .Where(i => i.Date is not { } date || (date >= from && date <= until))
                .ToList();
            if (items.Count == 0)
            {
                continue;
            }

            var keys = items.Select(i => i.Key).ToList();
            var already = await db.RemindersSent.AsNoTracking()
                .Where(r => r.UserId == account.Id && keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(cancellationToken);
            var fresh = items.Where(i => !already.Contains(i.Key)).ToList();
            if (fresh.Count == 0)
            {
                continue;
            }

            if (await SendAsync(account.Id, account.Email!, account.Language, fresh, link, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(
        string userId, string email, string? language, List<DueItem> items, string? link, CancellationToken cancellationToken)
    {
        var now = clinic.UtcNow;
        foreach (var item in items)
        {
            db.RemindersSent.Add(new ReminderSent { UserId = userId, Key = item.Key, SentAt = now });
        }

        var (subject, body) = Languages.In(language ?? Languages.English, () => (DueStrings.ReminderSubject,
            Words.Format(DueStrings.ReminderBody, string.Join("\n", items.Select(i => "- " + DueText.ReminderLine(i))),
                link is null ? DueStrings.EventDescriptionNoLink : Words.Format(DueStrings.EventDescription, link))));
        mail.Add(new MailMessage(email, subject, body));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another worker reminded of one of these first: its message holds them, so this one is not sent.
            db.ChangeTracker.Clear();
            LogRaced(userId);
            return false;
        }

        db.ChangeTracker.Clear();
        LogSent(userId, items.Count);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder for user {UserId} queued: {Count} things due")]
    private partial void LogSent(string userId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder for user {UserId} already sent by another worker")]
    private partial void LogRaced(string userId);
}

/// <summary>
/// Runs <see cref="ReminderRun"/> every <c>Reminders:Interval</c> (15 minutes unless set; <c>00:00:00</c> turns the
/// worker off on this instance). Every instance may run it: the unique keys keep each reminder to one message.
/// </summary>
public sealed partial class ReminderWorker(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<ReminderWorker> logger)
    : BackgroundService
{
    public const string IntervalSetting = "Reminders:Interval";

    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var setting = configuration[IntervalSetting];
        var interval = string.IsNullOrWhiteSpace(setting) ? DefaultInterval : TimeSpan.Parse(setting, CultureInfo.InvariantCulture);
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database is away: nothing is marked sent, so the next pass sends it.
                LogPassFailed(e);
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder pass failed; the next pass tries again")]
    private partial void LogPassFailed(Exception e);
}
