using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Account.Settings;

/// <summary>Time zone, language and reminders: saved together, audited, and never over a change made elsewhere.</summary>
[Collection(AppCollectionDefinition.Name)]
public class PreferencesTests(AppFixture app)
{
    [Fact]
    public async Task Saving_changes_the_zone_the_language_and_the_reminders_and_the_next_page_is_in_the_chosen_language()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var form = await patient.FormAsync("/account/settings");
        Assert.Equal("3", ((IHtmlInputElement)form.QuerySelector("#reminderDaysAhead")!).Value);
        Assert.True(((IHtmlInputElement)form.QuerySelector("#remindersEnabled")!).IsChecked);

        using var saved = await FormSubmitter.SubmitAsync(patient.Client, form, new Dictionary<string, string>
        {
            ["Form.TimeZone"] = "America/Denver", ["Form.Language"] = "es", ["Form.RemindersEnabled"] = "off", ["Form.ReminderDaysAhead"] = "7",
        });

        var page = await HtmlPage.ParseAsync(saved);
        Assert.Equal("/account/settings", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Su configuración está guardada.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        var user = await app.Factory.DbAsync(db => db.Users.SingleAsync(u => u.Email == patient.Email));
        Assert.Equal(("America/Denver", true, "es", false, 7), (user.TimeZone, user.TimeZoneConfirmed, user.Language, user.RemindersEnabled, user.ReminderDaysAhead));

        var entry = await app.Factory.DbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == user.Id && a.Action == "settings"));
        Assert.Equal(user.Id, entry.Actor);
        using (var after = System.Text.Json.JsonDocument.Parse(entry.After!))
        {
            Assert.Equal("America/Denver", after.RootElement.GetProperty("timeZone").GetString());
            Assert.Equal(7, after.RootElement.GetProperty("daysAhead").GetInt32());
        }

        Assert.DoesNotContain(patient.Email, entry.Before + entry.After, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("31")]
    [InlineData("three")]
    [InlineData("")]
    public async Task Days_ahead_outside_1_to_30_are_refused_beside_the_field_and_nothing_is_saved(string days)
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        using var refused = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/settings"),
            new Dictionary<string, string> { ["Form.ReminderDaysAhead"] = days, ["Form.TimeZone"] = "America/Chicago" });

        var page = await HtmlPage.ParseAsync(refused);
        Assert.Equal(System.Net.HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter a number of days from 1 to 30.", page.QuerySelector("#reminderDaysAhead-error")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(days, ((IHtmlInputElement)page.QuerySelector("#reminderDaysAhead")!).Value);
        Assert.Equal(PatientSession.TimeZone, await app.Factory.DbAsync(db => db.Users.Where(u => u.Email == patient.Email).Select(u => u.TimeZone).SingleAsync()));
    }

    [Fact]
    public async Task A_save_over_a_change_made_in_another_tab_is_refused_and_shows_what_is_saved()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var first = await patient.FormAsync("/account/settings");
        var second = await patient.FormAsync("/account/settings");

        using (await FormSubmitter.SubmitAsync(patient.Client, first, new Dictionary<string, string> { ["Form.TimeZone"] = "America/Phoenix" }))
        {
        }

        using var stale = await FormSubmitter.SubmitAsync(patient.Client, second, new Dictionary<string, string>
        {
            ["Form.TimeZone"] = "Pacific/Honolulu", ["Form.ReminderDaysAhead"] = "10",
        });

        var page = await HtmlPage.ParseAsync(stale);
        Assert.Contains("changed somewhere else", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("America/Phoenix", ((IHtmlSelectElement)page.QuerySelector("select#timeZone")!).Value);
        var user = await app.Factory.DbAsync(db => db.Users.SingleAsync(u => u.Email == patient.Email));
        Assert.Equal(("America/Phoenix", 3), (user.TimeZone, user.ReminderDaysAhead));

        // Saving again from the refreshed form is a deliberate choice, and goes through.
        using var again = await FormSubmitter.SubmitAsync(patient.Client, (IHtmlFormElement)page.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Form.TimeZone"] = "Pacific/Honolulu" });
        Assert.Equal("Pacific/Honolulu", await app.Factory.DbAsync(db => db.Users.Where(u => u.Email == patient.Email).Select(u => u.TimeZone).SingleAsync()));
    }

    [Fact]
    public async Task Staff_see_no_reminders_and_keep_theirs_when_they_save()
    {
        var staff = await SignedInSession.SignInAsync(app.Factory, MassageCoverage.Web.Features.Accounts.Roles.Staff);
        var form = await staff.Client.FormAsync("/account/settings");
        Assert.Null(form.QuerySelector("#reminderDaysAhead"));

        using var saved = await FormSubmitter.SubmitAsync(staff.Client, form, new Dictionary<string, string> { ["Form.TimeZone"] = "America/Chicago" });

        Assert.Equal("/account/settings", saved.RequestMessage!.RequestUri!.AbsolutePath);
        var user = await app.Factory.DbAsync(db => db.Users.SingleAsync(u => u.Id == staff.UserId));
        Assert.Equal(("America/Chicago", true, 3), (user.TimeZone, user.RemindersEnabled, user.ReminderDaysAhead));
    }
}
