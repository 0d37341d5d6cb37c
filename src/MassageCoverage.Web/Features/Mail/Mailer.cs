using System.Security.Cryptography;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Mail;

/// <summary>
/// Where a message starts: a row in PostgreSQL, written in the caller's own transaction (a reminder and the note that
/// it was sent commit together or not at all), which the mail worker of any instance then sends.
/// </summary>
public sealed class Mailer(CoverageDbContext db, TimeProvider clock, MailSignal signal)
{
    /// <summary>Adds the message to the caller's unit of work: it leaves once the caller saves.</summary>
    public void Add(MailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow();
        db.OutboundMessages.Add(new OutboundMessage
        {
            To = message.To,
            Subject = message.Subject,
            Body = message.Body,
            MessageId = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}@massagecoverage",
            CreatedAt = now,
            NextAttemptAt = now,
        });
        signal.Wake();
    }

    /// <summary>Queues the message on its own and saves: it leaves within seconds.</summary>
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        Add(message);
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
    }
}

/// <summary>Wakes this instance's mail worker at once; other instances find the message on their next look.</summary>
public sealed class MailSignal : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Dispose() => _wake.Dispose();

    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already awake: one wake is as good as two.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);
}
