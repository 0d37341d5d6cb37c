using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmtpServer.Protocol;

namespace MassageCoverage.Web.Tests.Mail;

/// <summary>
/// Mail that really goes out: queued in PostgreSQL, sent by a worker to a real SMTP server (started here), over
/// STARTTLS whenever the server offers it, once even with workers racing, again with the same Message-ID after a crash.
/// </summary>
public class MailDeliveryTests
{
    private static readonly TimeSpan Leaves = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_confirmation_leaves_within_seconds_over_STARTTLS_with_nothing_about_health_in_its_subject()
    {
        await using var smtp = TestSmtpServer.Start(startTls: true);
        await using var app = await AppAsync(smtp.Settings());

        var email = $"patient-{Guid.NewGuid():N}@example.test";
        using var client = app.Factory.CreateClient();
        using (await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/register"), new Dictionary<string, string>
        {
            ["Form.Email"] = email, ["Form.Password"] = PatientSession.DefaultPassword, ["Form.ConfirmPassword"] = PatientSession.DefaultPassword,
        }))
        {
        }

        var received = Assert.Single(await smtp.WaitForAsync(1, Leaves));
        Assert.True(received.OverTls);
        Assert.Equal(email, received.To);
        Assert.Equal("Confirm your email address for MassageCoverage", received.Subject);
        Assert.Contains("Confirm your email address: http", received.Body, StringComparison.Ordinal);
        var row = await app.Factory.DbAsync(db => db.OutboundMessages.SingleAsync());
        Assert.Equal(received.MessageId, row.MessageId);
        Assert.NotNull(row.SentAt);
        Assert.Equal("", row.Body);
    }

    [Fact]
    public async Task Without_STARTTLS_on_offer_a_message_that_requires_TLS_is_never_sent_in_the_clear()
    {
        await using var smtp = TestSmtpServer.Start(startTls: false);
        await using var app = await AppAsync(smtp.Settings(requireTls: true));

        await QueueAsync(app.Factory, 1);
        await WaitForAsync(app.Factory, async db => await db.OutboundMessages.AnyAsync(m => m.LastError != null));

        Assert.Empty(smtp.Received);
        Assert.Equal(0, smtp.Offered);
        var row = await app.Factory.DbAsync(db => db.OutboundMessages.SingleAsync());
        Assert.Null(row.SentAt);
        Assert.Equal(1, row.Attempts);
        Assert.True(row.NextAttemptAt > DateTimeOffset.UtcNow, "the next attempt waits");
        Assert.Equal("<redacted>", Redacted(row.LastError, row.To));
    }

    [Fact]
    public async Task Without_STARTTLS_on_offer_and_TLS_not_required_the_message_still_leaves()
    {
        await using var smtp = TestSmtpServer.Start(startTls: false);
        await using var app = await AppAsync(smtp.Settings());

        await QueueAsync(app.Factory, 1);

        Assert.False(Assert.Single(await smtp.WaitForAsync(1, Leaves)).OverTls);
    }

    [Fact]
    public async Task Workers_racing_on_one_queue_send_each_message_once()
    {
        await using var smtp = TestSmtpServer.Start(startTls: true);
        await using var app = await AppAsync(smtp.Settings());
        var services = app.Factory.Services;
        MailWorker Worker() => new(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<IMailTransport>(),
            services.GetRequiredService<MailSignal>(), TimeProvider.System, services.GetRequiredService<ILogger<MailWorker>>());

        await QueueAsync(app.Factory, 40);
        // Three workers: two here and the app's own, each claiming as fast as it can.
        var workers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var worker = Worker();
            while (await worker.SendDueAsync(CancellationToken.None) > 0)
            {
            }
        }));
        await Task.WhenAll(workers);

        var received = await smtp.WaitForAsync(40, TimeSpan.FromSeconds(30));
        await Task.Delay(500);
        Assert.Equal(40, smtp.Received.Count);
        Assert.Equal(40, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(40, await app.Factory.DbAsync(db => db.OutboundMessages.CountAsync(m => m.SentAt != null && m.Attempts == 1)));
    }

    [Fact]
    public async Task A_message_held_by_a_worker_that_stopped_is_sent_once_its_claim_runs_out()
    {
        await using var smtp = TestSmtpServer.Start(startTls: true);
        await using var app = await AppAsync(smtp.Settings());
        // A worker on another instance claimed it and died before sending: the claim still holds for a while.
        await app.Factory.DbAsync(async db =>
        {
            // Claimed in the same save that queues it: this app's worker must never see it unclaimed.
            QueueInto(db, app.Factory, 1);
            foreach (var message in db.ChangeTracker.Entries<OutboundMessage>())
            {
                (message.Entity.ClaimedUntil, message.Entity.Attempts) = (DateTimeOffset.UtcNow.AddMinutes(2), 1);
            }

            await db.SaveChangesAsync();
        });

        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(smtp.Received);

        await app.Factory.DbAsync(db => db.OutboundMessages.ExecuteUpdateAsync(m => m.SetProperty(x => x.ClaimedUntil, DateTimeOffset.UtcNow.AddSeconds(-1))));
        var received = Assert.Single(await smtp.WaitForAsync(1, Leaves));
        Assert.Equal(await app.Factory.DbAsync(db => db.OutboundMessages.Select(m => m.MessageId).SingleAsync()), received.MessageId);
    }

    [Fact]
    public async Task A_crash_after_the_server_accepted_a_message_sends_it_again_with_the_same_Message_ID()
    {
        await using var smtp = TestSmtpServer.Start(startTls: true);
        var crashes = 0;
        await using var app = await AppAsync(smtp.Settings(), services =>
        {
            // Wraps the app's own SMTP transport: the first message is delivered, then the "process" dies.
            var registered = services.Single(s => s.ServiceType == typeof(IMailTransport));
            services.Remove(registered);
            services.AddSingleton<IMailTransport>(provider => new CrashAfterSending(
                (IMailTransport)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!), () => Interlocked.Increment(ref crashes) == 1));
        });

        await QueueAsync(app.Factory, 1);
        await smtp.WaitForAsync(1, Leaves);
        await WaitForAsync(app.Factory, async db => await db.OutboundMessages.AnyAsync(m => m.LastError != null));
        // The next attempt would wait 15 s; bring it forward rather than sleep.
        await app.Factory.DbAsync(db => db.OutboundMessages.ExecuteUpdateAsync(m => m.SetProperty(x => x.NextAttemptAt, DateTimeOffset.UtcNow)));
        app.Factory.Services.GetRequiredService<MailSignal>().Wake();

        var received = await smtp.WaitForAsync(2, Leaves);
        Assert.Equal(2, received.Count);
        Assert.Single(received.Select(m => m.MessageId).Distinct());
        await WaitForAsync(app.Factory, async db => await db.OutboundMessages.AnyAsync(m => m.SentAt != null));
        Assert.Equal(2, await app.Factory.DbAsync(db => db.OutboundMessages.Select(m => m.Attempts).SingleAsync()));
    }

    [Fact]
    public async Task A_server_that_refuses_for_now_is_tried_again_later_and_the_message_leaves()
    {
        await using var smtp = TestSmtpServer.Start(startTls: true, offered => offered == 1
            ? new SmtpResponse((SmtpReplyCode)451, "try later") : SmtpResponse.Ok);
        await using var app = await AppAsync(smtp.Settings());

        await QueueAsync(app.Factory, 1);
        await WaitForAsync(app.Factory, async db => await db.OutboundMessages.AnyAsync(m => m.LastError != null));
        var failed = await app.Factory.DbAsync(db => db.OutboundMessages.SingleAsync());
        Assert.StartsWith("smtp 451", failed.LastError, StringComparison.Ordinal);
        Assert.InRange(failed.NextAttemptAt - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(16));

        await app.Factory.DbAsync(db => db.OutboundMessages.ExecuteUpdateAsync(m => m.SetProperty(x => x.NextAttemptAt, DateTimeOffset.UtcNow)));
        app.Factory.Services.GetRequiredService<MailSignal>().Wake();

        Assert.Single(await smtp.WaitForAsync(1, Leaves));
        Assert.Equal(2, smtp.Offered);
    }

    [Fact]
    public async Task A_server_that_refuses_for_good_is_not_asked_again()
    {
        await using var smtp = TestSmtpServer.Start(startTls: true, _ => SmtpResponse.MailboxUnavailable);
        await using var app = await AppAsync(smtp.Settings());

        await QueueAsync(app.Factory, 1);
        await WaitForAsync(app.Factory, async db => await db.OutboundMessages.AnyAsync(m => m.FailedAt != null));

        var row = await app.Factory.DbAsync(db => db.OutboundMessages.SingleAsync());
        Assert.StartsWith("smtp 550", row.LastError, StringComparison.Ordinal);
        Assert.Equal(1, row.Attempts);
        Assert.Null(row.SentAt);
    }

    [Theory]
    [InlineData(1, 15)]
    [InlineData(2, 30)]
    [InlineData(3, 60)]
    [InlineData(8, 1920)]
    [InlineData(20, 3600)]
    public void Each_failed_attempt_waits_twice_as_long_as_the_one_before_at_most_an_hour(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), MailWorker.Backoff(attempts));

    private static async Task<OwnApp> AppAsync(Dictionary<string, string> settings, Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.CreateAsync();
        var factory = new AppFactory(database.ConnectionString) { Settings = settings, ConfigureTestServices = services };
        await factory.InitializeDatabaseAsync();
        return new OwnApp(database, factory);
    }

    private static async Task QueueAsync(AppFactory factory, int count) => await factory.DbAsync(async db =>
    {
        QueueInto(db, factory, count);
        await db.SaveChangesAsync();
    });

    private static void QueueInto(CoverageDbContext db, AppFactory factory, int count)
    {
        var mailer = new Mailer(db, TimeProvider.System, factory.Services.GetRequiredService<MailSignal>());
        for (var i = 0; i < count; i++)
        {
            mailer.Add(new MailMessage($"reader-{i}@example.test", "A message", $"Message {i}."));
        }
    }

    private static async Task WaitForAsync(AppFactory factory, Func<CoverageDbContext, Task<bool>> condition)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!await factory.DbAsync(condition))
        {
            Assert.True(DateTime.UtcNow < until, "the condition never came true");
            await Task.Delay(50);
        }
    }

    // The stored error names what failed, never an address.
    private static string Redacted(string? error, string to) =>
        error is not null && !error.Contains(to, StringComparison.OrdinalIgnoreCase) && !error.Contains('@', StringComparison.Ordinal) ? "<redacted>" : error ?? "";

    private sealed class CrashAfterSending(IMailTransport real, Func<bool> crash) : IMailTransport
    {
        public async Task SendAsync(MailMessage message, string messageId, CancellationToken cancellationToken)
        {
            await real.SendAsync(message, messageId, cancellationToken);
            if (crash())
            {
                throw new IOException("The process died before it could mark the message sent.");
            }
        }
    }

    private sealed class OwnApp(TestDatabase database, AppFactory factory) : IAsyncDisposable
    {
        public AppFactory Factory { get; } = factory;

        public async ValueTask DisposeAsync()
        {
            await Factory.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
