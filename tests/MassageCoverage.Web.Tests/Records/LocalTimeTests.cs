using System.Globalization;
using MassageCoverage.Web.Features.Records;

namespace MassageCoverage.Web.Tests.Records;

/// <summary>The time a person typed, read in their zone, around the year's two clock changes in several zones.</summary>
public class LocalTimeTests
{
    private static DateTime Local(string value) => DateTime.ParseExact(value, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    [Theory]
    [InlineData("America/New_York", "2026-07-01T12:00", "2026-07-01T16:00Z")]
    [InlineData("America/New_York", "2026-03-08T01:59", "2026-03-08T06:59Z")]
    [InlineData("America/New_York", "2026-03-08T03:00", "2026-03-08T07:00Z")]
    [InlineData("Europe/London", "2026-01-15T09:30", "2026-01-15T09:30Z")]
    [InlineData("Australia/Lord_Howe", "2026-10-04T02:30", "2026-10-03T15:30Z")]
    public void A_time_that_happened_once_is_that_instant(string zone, string local, string utc)
    {
        var valid = Assert.IsType<LocalTime.Valid>(LocalTime.Resolve(Local(local), Zone(zone)));
        Assert.Equal(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture), valid.Utc);
        Assert.Equal(TimeSpan.Zero, valid.Utc.Offset);
    }

    [Theory]
    [InlineData("America/New_York", "2026-03-08T02:30", "2:00", "3:00",
        "2:30 AM did not exist on 8 March 2026 in New York: clocks moved from 2:00 to 3:00.")]
    [InlineData("America/New_York", "2026-03-08T02:00", "2:00", "3:00",
        "2:00 AM did not exist on 8 March 2026 in New York: clocks moved from 2:00 to 3:00.")]
    [InlineData("Europe/London", "2026-03-29T01:30", "1:00", "2:00",
        "1:30 AM did not exist on 29 March 2026 in London: clocks moved from 1:00 to 2:00.")]
    [InlineData("Australia/Lord_Howe", "2026-10-04T02:15", "2:00", "2:30",
        "2:15 AM did not exist on 4 October 2026 in Lord Howe: clocks moved from 2:00 to 2:30.")]
    [InlineData("America/Santiago", "2026-09-06T00:30", "0:00", "1:00",
        "12:30 AM did not exist on 6 September 2026 in Santiago: clocks moved from 0:00 to 1:00.")]
    public void A_time_the_clocks_jumped_over_is_missing_and_says_the_jump(string zone, string local, string from, string to, string message)
    {
        var missing = Assert.IsType<LocalTime.Missing>(LocalTime.Resolve(Local(local), Zone(zone)));

        Assert.Equal(from, missing.GapStart.ToString("H:mm", CultureInfo.InvariantCulture));
        Assert.Equal(to, missing.GapEnd.ToString("H:mm", CultureInfo.InvariantCulture));
        Assert.Equal(Local(local).Date, missing.GapStart.Date);
        Assert.Equal(message, missing.Explain(Zone(zone)));
    }

    [Theory]
    [InlineData("America/New_York", "2026-11-01T01:30", "2026-11-01T05:30Z", -4.0, -5.0,
        "1:30 AM happened twice on 1 November 2026 in New York; we kept the first, in daylight time (UTC-4).")]
    [InlineData("Europe/London", "2026-10-25T01:00", "2026-10-25T00:00Z", 1.0, 0.0,
        "1:00 AM happened twice on 25 October 2026 in London; we kept the first, in daylight time (UTC+1).")]
    [InlineData("Australia/Lord_Howe", "2026-04-05T01:45", "2026-04-04T14:45Z", 11.0, 10.5,
        "1:45 AM happened twice on 5 April 2026 in Lord Howe; we kept the first, in daylight time (UTC+11).")]
    public void A_time_that_happened_twice_keeps_the_earlier_and_says_so(string zone, string local, string utc, double kept, double other, string message)
    {
        var twice = Assert.IsType<LocalTime.Ambiguous>(LocalTime.Resolve(Local(local), Zone(zone)));

        Assert.Equal(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture), twice.Utc);
        Assert.Equal((TimeSpan.FromHours(kept), TimeSpan.FromHours(other)), (twice.Kept, twice.Other));
        Assert.True(twice.KeptFirst);
        Assert.Equal(message, twice.Explain(Zone(zone)));
    }

    [Fact]
    public void A_stored_instant_in_the_repeated_hour_says_which_occurrence_it_is()
    {
        var zone = Zone("America/New_York");

        var first = LocalTime.Twice(DateTimeOffset.Parse("2026-11-01T05:30Z", CultureInfo.InvariantCulture), zone)!;
        var second = LocalTime.Twice(DateTimeOffset.Parse("2026-11-01T06:30Z", CultureInfo.InvariantCulture), zone)!;

        Assert.Equal("1:30 AM happened twice on 1 November 2026 in New York; we kept the first, in daylight time (UTC-4).", first.Explain(zone));
        Assert.Equal("1:30 AM happened twice on 1 November 2026 in New York; we kept the second, in standard time (UTC-5).", second.Explain(zone));
        Assert.Null(LocalTime.Twice(DateTimeOffset.Parse("2026-11-01T07:30Z", CultureInfo.InvariantCulture), zone));
    }

    [Theory]
    [InlineData("America/New_York", "New York")]
    [InlineData("America/Argentina/Buenos_Aires", "Buenos Aires")]
    [InlineData("UTC", "UTC")]
    public void A_zone_is_named_by_its_last_segment(string zone, string place) => Assert.Equal(place, LocalTime.Place(Zone(zone)));
}
