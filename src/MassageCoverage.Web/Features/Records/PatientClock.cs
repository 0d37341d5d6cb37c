using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Records;

/// <summary>"Now" and "today" in the signed-in patient's own time zone (AppUser.TimeZone), for defaults and checks.</summary>
public sealed class PatientClock(CoverageDbContext db, TimeProvider clock)
{
    private const string DefaultZone = "America/New_York";
    private TimeZoneInfo? _zone;

    public async Task<TimeZoneInfo> ZoneAsync(string userId, CancellationToken cancellationToken)
    {
        if (_zone is null)
        {
            var id = await db.Users.Where(u => u.Id == userId).Select(u => u.TimeZone).SingleOrDefaultAsync(cancellationToken);
            _zone = TimeZoneInfo.TryFindSystemTimeZoneById(id ?? DefaultZone, out var zone)
                ? zone
                : TimeZoneInfo.FindSystemTimeZoneById(DefaultZone);
        }

        return _zone;
    }

    public async Task<DateTime> NowAsync(string userId, CancellationToken cancellationToken) =>
        TimeZoneInfo.ConvertTime(clock.GetUtcNow(), await ZoneAsync(userId, cancellationToken)).DateTime;

    public async Task<DateOnly> TodayAsync(string userId, CancellationToken cancellationToken) =>
        DateOnly.FromDateTime(await NowAsync(userId, cancellationToken));

    public DateTimeOffset UtcNow => clock.GetUtcNow();
}
