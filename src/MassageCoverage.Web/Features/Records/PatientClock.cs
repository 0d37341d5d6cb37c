using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Records;

/// <summary>
/// "Now" and "today" in the signed-in patient's own time zone (AppUser.TimeZone), for the defaults and dates of their
/// records. The time comes from the one <see cref="ClinicClock"/>; a patient who set no zone (or one this machine
/// does not know) lives in the clinic's.
/// </summary>
public sealed class PatientClock(CoverageDbContext db, ClinicClock clock)
{
    private TimeZoneInfo? _zone;

    public async Task<TimeZoneInfo> ZoneAsync(string userId, CancellationToken cancellationToken)
    {
        if (_zone is null)
        {
            var id = await db.Users.Where(u => u.Id == userId).Select(u => u.TimeZone).SingleOrDefaultAsync(cancellationToken);
            _zone = id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : clock.Zone;
        }

        return _zone;
    }

    public async Task<DateTime> NowAsync(string userId, CancellationToken cancellationToken) =>
        clock.NowIn(await ZoneAsync(userId, cancellationToken));

    public async Task<DateOnly> TodayAsync(string userId, CancellationToken cancellationToken) =>
        clock.TodayIn(await ZoneAsync(userId, cancellationToken));

    public DateTimeOffset UtcNow => clock.UtcNow;

    /// <summary>The calendar day an instant falls on in a zone: a record saved at 01:00 UTC is still yesterday in New York.</summary>
    public static DateOnly DayIn(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
