using System.Security.Cryptography;
using System.Text;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.Mail;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Features.Records;
using MassageCoverage.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.FollowThrough;

/// <summary>
/// The due dates as calendar events: one downloaded from the account home, or all of them through a private feed that
/// calendar apps subscribe to. The feed's address holds a random token; only its SHA-256 is stored, so a copy of the
/// database opens no one's calendar, and a new token (or none) ends the old address at once. Events carry the kind of
/// thing and its date, never the patient's words: calendars are shared and synced to other companies' servers.
/// </summary>
public static class DueCalendar
{
    public static IEnumerable<CalendarEvent> Events(IEnumerable<DueItem> items, string? accountLink)
    {
        ArgumentNullException.ThrowIfNull(items);
        var description = accountLink is null ? DueStrings.EventDescriptionNoLink : Words.Format(DueStrings.EventDescription, accountLink);
        foreach (var item in items)
        {
            if (item.Date is { } day)
            {
                yield return new CalendarEvent(item.Key + "@massagecoverage", day, DueText.Headline(item), description);
            }
        }
    }

    /// <summary>A new feed token (what goes in the address) and its hash (what is stored).</summary>
    public static (string Token, string Hash) NewToken()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string FeedPath(string token) => $"/calendar/{token}.ics";

    /// <summary>Where the account's pages are, for the words in an event or a reminder: the configured public address, else this request's.</summary>
    public static string? AccountLink(IConfiguration configuration, HttpRequest? request)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[AccountEmails.PublicBaseUrlSetting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/') + "/account";
        }

        return request is null ? null : $"{request.Scheme}://{request.Host}{request.PathBase}/account";
    }

    public static IEndpointRouteBuilder MapDueCalendar(this IEndpointRouteBuilder endpoints)
    {
        // One thing due, from the account home: found again by its key among what is due now.
        endpoints.MapGet("/account/due/{key:regex(^[A-Za-z]+-[0-9]+-[0-9]{{8}}$)}.ics", async (string key, HttpContext context, DueList due,
            PatientClock clock, IConfiguration configuration, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var owner = context.User.Id();
            var items = await due.ForAsync(owner, await clock.TodayAsync(owner, cancellationToken), cancellationToken);
            if (items.FirstOrDefault(i => i.Key == key) is not { } item)
            {
                return Results.NotFound();
            }

            var file = CalendarFile.Write(DueStrings.CalendarName, Events([item], AccountLink(configuration, context.Request)), time.GetUtcNow());
            context.Response.Headers.CacheControl = "private, no-store";
            return Results.File(Encoding.UTF8.GetBytes(file), CalendarFile.ContentType, $"{key}.ics");
        }).RequireAuthorization(policy => policy.RequireRole(Roles.Patient)).ExcludeFromDescription();

        // The private feed: anonymous (a calendar app has no session), found by the token's hash alone.
        endpoints.MapGet("/calendar/{token:regex(^[A-Za-z0-9_-]{{43}}$)}.ics", async (string token, HttpContext context, CoverageDbContext db,
            DueList due, ClinicClock clinic, IConfiguration configuration, CancellationToken cancellationToken) =>
        {
            var hash = Hash(token);
            var user = await db.Users.AsNoTracking().Where(u => u.CalendarFeedHash == hash)
                .Select(u => new { u.Id, u.TimeZone, u.Language }).SingleOrDefaultAsync(cancellationToken);
            if (user is null)
            {
                return Results.NotFound();
            }

            var zone = TimeZoneInfo.TryFindSystemTimeZoneById(user.TimeZone, out var found) ? found : clinic.Zone;
            var items = await due.ForAsync(user.Id, clinic.TodayIn(zone), cancellationToken);
            var link = AccountLink(configuration, context.Request);
            var file = Languages.In(user.Language ?? Languages.English,
                () => CalendarFile.Write(DueStrings.CalendarName, Events(items, link), clinic.UtcNow));
            context.Response.Headers.CacheControl = "private, no-store";
            return Results.Text(file, CalendarFile.ContentType, Encoding.UTF8);
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
