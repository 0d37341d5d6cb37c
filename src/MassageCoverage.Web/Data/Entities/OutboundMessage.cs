namespace MassageCoverage.Web.Data.Entities;

/// <summary>
/// A message waiting to leave, or that left: the queue the mail worker drains. The body (which may hold a sign-in
/// link or what a patient chose to be reminded of) is emptied once the message is sent.
/// </summary>
public class OutboundMessage
{
    public const int MaxAttempts = 8;

    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }

    /// <summary>The same on every attempt, so a message sent again after a crash is one message to the reader's mail program.</summary>
    public required string MessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>Until when a worker holds it; a claim that runs out (the worker stopped) lets another worker send it.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Set after <see cref="MaxAttempts"/> failed attempts: the message is given up.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    /// <summary>Why the last attempt failed, as a code (the exception's type, the SMTP status): never a server's words.</summary>
    public string? LastError { get; set; }
}
