namespace MassageCoverage.Web.Data.Entities;

/// <summary>
/// That one thing due was reminded of, by its <see cref="Features.FollowThrough.DueItem.Key"/>: the row is written in the
/// same transaction as the message, and its key is unique per account, so two workers (or two instances) never send
/// one reminder twice. It holds the key only (a kind, a record id and a date), none of the record's contents.
/// </summary>
public class ReminderSent
{
    public const int KeyMaxLength = 64;

    public required string UserId { get; set; }
    public required string Key { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
