using System.Globalization;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Records;

/// <summary>
/// A wall-clock time a person typed, read in their time zone. Twice a year it may name no instant (clocks jumped
/// over it) or two (clocks went back over it); <see cref="Resolve"/> says which, instead of throwing or guessing.
/// </summary>
public abstract record LocalTime
{
    private LocalTime()
    {
    }

    /// <summary>The time happened once.</summary>
    public sealed record Valid(DateTimeOffset Utc) : LocalTime;

    /// <summary>The time happened twice; <paramref name="Utc"/> is the occurrence kept, at offset <paramref name="Kept"/>.</summary>
    public sealed record Ambiguous(DateTime Local, DateTimeOffset Utc, TimeSpan Kept, TimeSpan Other, bool KeptIsDaylight, bool OtherIsDaylight) : LocalTime
    {
        public bool KeptFirst => Kept > Other;

        public string Explain(TimeZoneInfo zone)
        {
            var which = KeptFirst ? RecordStrings.TimeFirst : RecordStrings.TimeSecond;
            var kind = KeptIsDaylight == OtherIsDaylight ? " " : KeptIsDaylight ? RecordStrings.TimeDaylight : RecordStrings.TimeStandard;
            return Words.Format(RecordStrings.TimeTwice, Clock(Local), Day(Local), Place(zone), which, kind, Offset(Kept));
        }
    }

    /// <summary>The time never happened: clocks moved from <paramref name="GapStart"/> straight to <paramref name="GapEnd"/>.</summary>
    public sealed record Missing(DateTime Local, DateTime GapStart, DateTime GapEnd) : LocalTime
    {
        public string Explain(TimeZoneInfo zone) =>
            Words.Format(RecordStrings.TimeMissing, Clock(Local), Day(Local), Place(zone), Short(GapStart), Short(GapEnd));
    }

    /// <summary>Reads <paramref name="local"/> in <paramref name="zone"/>; of two occurrences it keeps the earlier.</summary>
    public static LocalTime Resolve(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return Gap(local, zone);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var (earlier, later) = (offsets.Max(), offsets.Min());
            var kept = new DateTimeOffset(local, earlier);
            var other = new DateTimeOffset(local, later);
            return new Ambiguous(local, kept.ToUniversalTime(), earlier, later, zone.IsDaylightSavingTime(kept), zone.IsDaylightSavingTime(other));
        }

        return new Valid(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero));
    }

    /// <summary>For a stored instant whose local time happened twice: which occurrence it is; otherwise null.</summary>
    public static Ambiguous? Twice(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);
        if (!zone.IsAmbiguousTime(local))
        {
            return null;
        }

        var kept = zone.GetUtcOffset(instant);
        var other = zone.GetAmbiguousTimeOffsets(local).First(o => o != kept);
        return new Ambiguous(local, instant.ToUniversalTime(), kept, other,
            zone.IsDaylightSavingTime(instant), zone.IsDaylightSavingTime(new DateTimeOffset(local, other)));
    }

    // Probes offsets rather than reading adjustment rules: the rules' shapes differ between platforms, the offsets
    // do not. The change lies within 15 hours of the local time read as UTC, since no offset exceeds 14 hours.
    private static Missing Gap(DateTime local, TimeZoneInfo zone)
    {
        var asUtc = new DateTimeOffset(local, TimeSpan.Zero);
        var before = asUtc.AddHours(-15);
        var after = asUtc.AddHours(15);
        var offsetBefore = zone.GetUtcOffset(before);
        while (after - before > TimeSpan.FromMinutes(1))
        {
            var middle = before.AddMinutes(Math.Floor((after - before).TotalMinutes / 2));
            if (zone.GetUtcOffset(middle) == offsetBefore)
            {
                before = middle;
            }
            else
            {
                after = middle;
            }
        }

        return new Missing(local, (after + offsetBefore).DateTime, (after + zone.GetUtcOffset(after)).DateTime);
    }

    /// <summary>"America/New_York" reads "New York": the zone's last segment is a place a person knows.</summary>
    public static string Place(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ');
    }

    private static string Clock(DateTime local) => local.ToString(RecordStrings.TimeClockFormat, Languages.Culture);

    private static string Short(DateTime local) => local.ToString("H:mm", CultureInfo.InvariantCulture);

    private static string Day(DateTime local) => local.ToString(RecordStrings.TimeDayFormat, Languages.Culture);

    private static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0
            ? string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{abs.Hours}")
            : string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{abs.Hours}:{abs.Minutes:00}");
    }
}
