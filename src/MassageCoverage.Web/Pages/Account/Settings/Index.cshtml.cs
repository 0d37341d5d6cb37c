using System.Globalization;
using System.Text.Json;
using FluentValidation;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.FollowThrough;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account.Settings;

/// <summary>
/// The account's preferences: time zone, language and (for patients) reminders. The form carries the account's
/// concurrency stamp; a save over a newer one (the language switched in another tab, say) is refused and the form
/// shows what is saved, so no change is silently overwritten. Every change is audited, without the email address.
/// </summary>
[Authorize]
public class IndexModel(UserManager<AppUser> users, AuditTrail audit) : PageModel
{
    public const string ZoneAction = "time zone confirmed";
    public const string SettingsAction = "settings";
    public const string CalendarAction = "calendar address";
    public const string CalendarStopAction = "calendar stopped";

    public sealed class Preferences
    {
        public string? TimeZone { get; set; }
        public string? Language { get; set; }
        public bool RemindersEnabled { get; set; }
        public string? ReminderDaysAhead { get; set; }
        public string? Stamp { get; set; }

        public static Preferences Of(AppUser user) => new()
        {
            TimeZone = user.TimeZone,
            Language = user.Language ?? Languages.Current,
            RemindersEnabled = user.RemindersEnabled,
            ReminderDaysAhead = user.ReminderDaysAhead.ToString(CultureInfo.InvariantCulture),
            Stamp = user.ConcurrencyStamp,
        };
    }

    public sealed class PreferencesValidator : AbstractValidator<Preferences>
    {
        public PreferencesValidator(bool patient)
        {
            RuleFor(x => x.TimeZone).Must(TimeZones.IsKnown).WithMessage(_ => SettingsStrings.ZoneUnknown);
            RuleFor(x => x.Language).Must(l => l is Languages.English or Languages.Spanish).WithMessage(_ => SettingsStrings.LanguageUnknown);
            RuleFor(x => x.ReminderDaysAhead).Must(d => Days(d) is not null).When(_ => patient).WithMessage(_ => SettingsStrings.RemindersDaysRange);
        }
    }

    public const int MostDaysAhead = 30;

    private static readonly PreferencesValidator PatientRules = new(patient: true);
    private static readonly PreferencesValidator OtherRules = new(patient: false);

    [BindProperty]
    public Preferences Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public string Email { get; private set; } = "";

    public bool IsPatient => User.IsInRole(Roles.Patient);

    /// <summary>Set when the save was refused because the settings changed since the form was opened.</summary>
    public bool Conflict { get; private set; }

    /// <summary>What the last save or change did, said once after its redirect ("saved", "zone", "password").</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string? Status => Done switch
    {
        "saved" => SettingsStrings.Saved,
        "zone" => SettingsStrings.ZoneConfirmed,
        "password" => SettingsStrings.PasswordChanged,
        "calendar-stopped" => SettingsStrings.CalendarStopped,
        _ => null,
    };

    /// <summary>Whether the account has a calendar address that works.</summary>
    public bool HasCalendar { get; private set; }

    /// <summary>The calendar address just made: shown on this one answer, never again (only its hash is kept).</summary>
    public string? NewCalendarAddress { get; private set; }

    /// <summary>Makes a calendar address, or a new one in place of the old, which stops working at once.</summary>
    public async Task<IActionResult> OnPostCalendarAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !IsPatient)
        {
            return user is null ? Challenge() : Forbid();
        }

        var (token, hash) = DueCalendar.NewToken();
        user.CalendarFeedHash = hash;
        audit.Add(user.Id, AuditEntities.User, user.Id, CalendarAction);
        if (!(await users.UpdateAsync(user)).Succeeded)
        {
            // The account changed at this very moment (another tab): nothing was made; the page says so.
            return Refuse(await users.GetUserAsync(User) ?? user);
        }

        Show(user);
        NewCalendarAddress = $"{Request.Scheme}://{Request.Host}{Request.PathBase}{DueCalendar.FeedPath(token)}";
        return Page();
    }

    public async Task<IActionResult> OnPostCalendarStopAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.CalendarFeedHash is not null)
        {
            user.CalendarFeedHash = null;
            audit.Add(user.Id, AuditEntities.User, user.Id, CalendarStopAction);
            await users.UpdateAsync(user);
        }

        return RedirectToPage(new { done = "calendar-stopped" });
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Show(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email ?? "";
        if (!Errors.AddAll((IsPatient ? PatientRules : OtherRules).Validate(Form)))
        {
            return Page();
        }

        if (Form.Stamp != user.ConcurrencyStamp)
        {
            return Refuse(user);
        }

        var before = Snapshot(user);
        user.TimeZone = Form.TimeZone!;
        user.TimeZoneConfirmed = true;
        user.Language = Form.Language;
        if (IsPatient)
        {
            user.RemindersEnabled = Form.RemindersEnabled;
            user.ReminderDaysAhead = Days(Form.ReminderDaysAhead)!.Value;
        }

        audit.Add(user.Id, AuditEntities.User, user.Id, SettingsAction, before, Snapshot(user));
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            // Changed between reading and writing: the store refused the stale stamp.
            return Refuse(await users.GetUserAsync(User) ?? user);
        }

        LanguageSetup.Remember(HttpContext, user.Language);
        return RedirectToPage(new { done = "saved" });
    }

    /// <summary>"Yes, keep it" on the account home: the zone the app assumed at registration, now confirmed.</summary>
    public async Task<IActionResult> OnPostConfirmZoneAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TimeZoneConfirmed)
        {
            user.TimeZoneConfirmed = true;
            audit.Add(user.Id, AuditEntities.User, user.Id, ZoneAction, after: Snapshot(user));
            await users.UpdateAsync(user);
        }

        return RedirectToPage("/Account/Index", new { done = "zone" });
    }

    private PageResult Refuse(AppUser current)
    {
        Conflict = true;
        Show(current);
        return Page();
    }

    private void Show(AppUser user)
    {
        Email = user.Email ?? "";
        Form = Preferences.Of(user);
        HasCalendar = user.CalendarFeedHash is not null;
    }

    private static int? Days(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= MostDaysAhead ? days : null;

    private static string Snapshot(AppUser user) => JsonSerializer.Serialize(new
    {
        timeZone = user.TimeZone,
        language = user.Language,
        reminders = user.RemindersEnabled,
        daysAhead = user.ReminderDaysAhead,
    });
}
