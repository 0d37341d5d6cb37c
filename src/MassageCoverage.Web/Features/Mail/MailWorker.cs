using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Mail;

/// <summary>
/// Drains the queue on every instance: it claims a few due messages at a time with <c>FOR UPDATE SKIP LOCKED</c>, so two
/// workers never hold one message, sends each, and marks it sent. A failed attempt is tried again later, waiting longer
/// each time (15 s, 30 s, 1 min, ... at most an hour), until <see cref="OutboundMessage.MaxAttempts"/>; a permanent
/// refusal (an SMTP 5xx reply) is given up at once. A worker that
/// stops mid-send leaves its claim to run out: the message is sent again, with the same Message-ID, so at worst a reader
/// gets one message twice and never none.
/// </summary>
internal sealed partial class MailWorker(
    IServiceScopeFactory scopes, IMailTransport transport, MailSignal signal, TimeProvider clock, ILogger<MailWorker> logger)
    : BackgroundService
{
    /// <summary>How often a worker looks for messages another instance queued (its own wake it at once).</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long a claim holds: far longer than an SMTP attempt takes (30 s at most).</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    /// <summary>Sent messages (their bodies already emptied) are forgotten after this long.</summary>
    public static readonly TimeSpan KeepSent = TimeSpan.FromDays(30);

    private const int Batch = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastPurge = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await SendDueAsync(stoppingToken);
                if (clock.GetUtcNow() - lastPurge > TimeSpan.FromHours(1))
                {
                    await PurgeAsync(stoppingToken);
                    lastPurge = clock.GetUtcNow();
                }

                if (sent == Batch)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database is away (an outage) or refused the claim: nothing is lost, the rows wait.
                LogQueueUnavailable(e);
            }

            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Claims and sends what is due; how many were claimed.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var now = clock.GetUtcNow();
        var until = now + ClaimFor;
        var claimed = await db.OutboundMessages.FromSql($"""
            UPDATE outbound_messages SET "ClaimedUntil" = {until}, "Attempts" = "Attempts" + 1
            WHERE "Id" IN (
                SELECT "Id" FROM outbound_messages
                WHERE "SentAt" IS NULL AND "FailedAt" IS NULL AND "NextAttemptAt" <= {now}
                  AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {now})
                ORDER BY "Id" LIMIT {Batch}
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).AsNoTracking().ToListAsync(cancellationToken);

        foreach (var message in claimed.OrderBy(m => m.Id))
        {
            await SendOneAsync(db, message, cancellationToken);
        }

        return claimed.Count;
    }

    private async Task SendOneAsync(CoverageDbContext db, OutboundMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendAsync(new MailMessage(message.To, message.Subject, message.Body), message.MessageId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A permanent refusal (5xx: no such mailbox) will not change by trying again.
            var failed = message.Attempts >= OutboundMessage.MaxAttempts
                || e is MailKit.Net.Smtp.SmtpCommandException { StatusCode: >= (MailKit.Net.Smtp.SmtpStatusCode)500 };
            var retry = clock.GetUtcNow() + Backoff(message.Attempts);
            var code = Code(e);
            await db.OutboundMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(m => m
                .SetProperty(x => x.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(x => x.NextAttemptAt, retry)
                .SetProperty(x => x.FailedAt, failed ? clock.GetUtcNow() : null)
                .SetProperty(x => x.LastError, code), CancellationToken.None);
            LogAttemptFailed(message.Id, message.Attempts, code, failed);
            return;
        }

        // Sent: the body goes, so no link or reminder stays in the database longer than it had to.
        await db.OutboundMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(m => m
            .SetProperty(x => x.SentAt, clock.GetUtcNow())
            .SetProperty(x => x.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(x => x.Body, "")
            .SetProperty(x => x.LastError, (string?)null), CancellationToken.None);
        LogSent(message.Id, message.Attempts);
    }

    private async Task PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var before = clock.GetUtcNow() - KeepSent;
        await db.OutboundMessages.Where(m => (m.SentAt != null && m.SentAt < before) || (m.FailedAt != null && m.FailedAt < before))
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>15 s after the first failure, doubling each time, at most an hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 15 * Math.Pow(2, Math.Max(0, attempts - 1))));

    // What failed, never the words of the server's reply (which can quote the address).
    private static string Code(Exception e) => e switch
    {
        MailKit.Net.Smtp.SmtpCommandException smtp => $"smtp {(int)smtp.StatusCode} {smtp.ErrorCode}",
        MailKit.Net.Smtp.SmtpProtocolException => "smtp protocol",
        MailKit.Security.SslHandshakeException => "tls handshake",
        MailKit.Security.AuthenticationException => "smtp authentication",
        System.Net.Sockets.SocketException socket => $"socket {socket.SocketErrorCode}",
        _ => e.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageRow} sent on attempt {Attempt}")]
    private partial void LogSent(long messageRow, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageRow} not sent on attempt {Attempt} ({Error}); given up: {GivenUp}")]
    private partial void LogAttemptFailed(long messageRow, int attempt, string error, bool givenUp);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mail queue could not be read; it is tried again in a moment")]
    private partial void LogQueueUnavailable(Exception exception);
}
