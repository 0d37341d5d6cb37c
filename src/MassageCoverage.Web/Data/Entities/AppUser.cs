using Microsoft.AspNetCore.Identity;

namespace MassageCoverage.Web.Data.Entities;

/// <summary>A person who signs in: a patient, a member of clinic staff or an admin (their roles say which).</summary>
public class AppUser : IdentityUser
{
    /// <summary>IANA time zone for showing and defaulting the times of the patient's records.</summary>
    public string TimeZone { get; set; } = "America/New_York";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// A short number, given by the database in the order accounts are made, that names a patient in the audit log
    /// ("patient #12") without the email or the account id.
    /// </summary>
    public int Number { get; set; }

    /// <summary>"en" or "es": the language chosen for pages and messages; null until the person chooses one.</summary>
    public string? Language { get; set; }

    /// <summary>
    /// Whether the patient chose or confirmed <see cref="TimeZone"/>. A zone the app had to assume (a registration
    /// posted without one) is never silently kept: the account home asks the patient to confirm it.
    /// </summary>
    public bool TimeZoneConfirmed { get; set; }

    /// <summary>Whether reminders are emailed (a promise coming due, a referral expiring, visits nearly used, an appeal deadline).</summary>
    public bool RemindersEnabled { get; set; } = true;

    /// <summary>How many days before something is due its reminder is sent.</summary>
    public int ReminderDaysAhead { get; set; } = DefaultReminderDaysAhead;

    /// <summary>The SHA-256 (hex) of the private calendar feed's secret, or null when the patient has none.</summary>
    public string? CalendarFeedHash { get; set; }

    public const int DefaultReminderDaysAhead = 3;
}
