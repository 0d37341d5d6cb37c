using Microsoft.AspNetCore.Identity;

namespace MassageCoverage.Web.Data.Entities;

/// <summary>A person who signs in: a patient, a member of clinic staff or an admin (their roles say which).</summary>
public class AppUser : IdentityUser
{
    /// <summary>IANA time zone for showing and defaulting the times of the patient's records.</summary>
    public string TimeZone { get; set; } = "America/New_York";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>"en" or "es": the language chosen for pages and messages; null until the person chooses one.</summary>
    public string? Language { get; set; }
}
