using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Testing;

/// <summary>
/// Reads the messages the app wrote to its outbox folder, as the person they were sent to would: once the app's mail
/// worker has sent everything queued so far (it sends within seconds of a request).
/// </summary>
public static class Mailbox
{
    /// <summary>Every message to this address, oldest first, after the queue has drained.</summary>
    public static IReadOnlyList<string> To(AppFactory factory, string email)
    {
        ArgumentNullException.ThrowIfNull(factory);
        WaitUntilSent(factory);
        return Directory.GetFiles(factory.Outbox, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)
            .Where(m => m.StartsWith($"To: {email}\n", StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>The link after <paramref name="prefix"/> in the newest message to this address that has one.</summary>
    public static Uri Link(AppFactory factory, string email, string prefix)
    {
        var line = To(factory, email).Reverse()
            .SelectMany(m => m.Split('\n'))
            .FirstOrDefault(l => l.Contains(prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No message to {email} has a line with '{prefix}'.");
        return new Uri(line[(line.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length)..].Trim());
    }

    /// <summary>Waits (at most 20 s, for a loaded machine) until no queued message is waiting to be sent.</summary>
    public static void WaitUntilSent(AppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (factory.DbAsync(db => db.OutboundMessages.CountAsync(m => m.SentAt == null && m.FailedAt == null)).GetAwaiter().GetResult() > 0)
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("The app's mail queue did not drain within 20 s.");
            }

            Thread.Sleep(50);
        }
    }
}
