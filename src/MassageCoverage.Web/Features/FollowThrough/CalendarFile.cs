using System.Globalization;
using System.Text;

namespace MassageCoverage.Web.Features.FollowThrough;

/// <summary>One all-day event: its lasting id, its day, and the words a calendar shows.</summary>
public sealed record CalendarEvent(string Uid, DateOnly Day, string Summary, string Description);

/// <summary>
/// An iCalendar file (RFC 5545): all-day events (DTSTART and DTEND as DATE values, DTEND the day after, section
/// 3.6.1), each with a reminder the day before (VALARM, section 3.6.6). Lines end in CRLF and are folded at 75 octets
/// (section 3.1) without splitting a UTF-8 character; text values escape backslash, semicolon, comma and new line
/// (section 3.3.11). Unique ids stay the same from one download to the next, so a calendar updates an event
/// rather than adding it twice.
/// </summary>
public static class CalendarFile
{
    public const string ContentType = "text/calendar; charset=utf-8";

    private const int MaxOctets = 75;

    public static string Write(string name, IEnumerable<CalendarEvent> events, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(events);
        var text = new StringBuilder(512);
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//MassageCoverage//Due dates//EN");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        Line(text, "X-WR-CALNAME:" + Escape(name));
        var dtStamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            Line(text, "BEGIN:VEVENT");
            Line(text, "UID:" + Escape(e.Uid));
            Line(text, "DTSTAMP:" + dtStamp);
            Line(text, "DTSTART;VALUE=DATE:" + Date(e.Day));
            Line(text, "DTEND;VALUE=DATE:" + Date(e.Day.AddDays(1)));
            Line(text, "SUMMARY:" + Escape(e.Summary));
            Line(text, "DESCRIPTION:" + Escape(e.Description));
            Line(text, "TRANSP:TRANSPARENT");
            Line(text, "BEGIN:VALARM");
            Line(text, "ACTION:DISPLAY");
            Line(text, "TRIGGER:-P1D");
            Line(text, "DESCRIPTION:" + Escape(e.Summary));
            Line(text, "END:VALARM");
            Line(text, "END:VEVENT");
        }

        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    private static string Date(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case ';': text.Append(@"\;"); break;
                case ',': text.Append(@"\,"); break;
                case '\n': text.Append(@"\n"); break;
                case '\r': break;
                default: text.Append(c); break;
            }
        }

        return text.ToString();
    }

    /// <summary>Appends a content line, folded into lines of at most 75 octets (the continuation's leading space counts).</summary>
    private static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var size = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1;
            }

            text.Append(line[i]);
            if (size == 4)
            {
                text.Append(line[++i]);
            }

            octets += size;
        }

        text.Append("\r\n");
    }
}
