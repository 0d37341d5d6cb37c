namespace MassageCoverage.Web;

/// <summary>
/// The one "today" of the app: the calendar date in the clinic's time zone (<c>Clinic:TimeZone</c>, an IANA name,
/// <c>America/New_York</c> unless set), read from <see cref="TimeProvider"/> so tests can fix the clock. Checks, rule
/// versions in effect, "last verified" limits and the consoles all ask this, so a page and the API never disagree
/// about which day it is near midnight.
/// </summary>
public sealed class ClinicClock
{
    public const string DefaultTimeZone = "America/New_York";

    private readonly TimeProvider _time;

    public ClinicClock(TimeProvider time, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(configuration);
        _time = time;
        var name = configuration["Clinic:TimeZone"];
        Zone = Find(string.IsNullOrWhiteSpace(name) ? DefaultTimeZone : name.Trim());
    }

    public TimeZoneInfo Zone { get; }

    public DateTimeOffset UtcNow => _time.GetUtcNow();

    public DateOnly Today => TodayIn(Zone);

    /// <summary>The wall-clock time now in another zone (a patient's own), from the same clock.</summary>
    public DateTime NowIn(TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(_time.GetUtcNow(), zone).DateTime;

    /// <summary>The calendar date now in another zone (a patient's own), from the same clock.</summary>
    public DateOnly TodayIn(TimeZoneInfo zone) => DateOnly.FromDateTime(NowIn(zone));

    private static TimeZoneInfo Find(string name)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new InvalidOperationException(
                $"Clinic:TimeZone is \"{name}\", which is not a time zone this machine knows; use an IANA name such as America/Chicago.");
        }
        catch (InvalidTimeZoneException)
        {
            throw new InvalidOperationException($"Clinic:TimeZone \"{name}\" could not be read on this machine.");
        }
    }
}
