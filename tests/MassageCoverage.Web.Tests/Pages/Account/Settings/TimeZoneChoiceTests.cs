using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Account.Settings;

/// <summary>
/// A time zone is never silently assumed: registration shows the one it will use (the clinic's without scripts) and
/// says where it came from; a registration posted without one is accepted, and the account home then asks.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class TimeZoneChoiceTests(AppFixture app)
{
    [Fact]
    public async Task Registration_shows_the_clinics_zone_chosen_and_says_so()
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/account/register", UriKind.Relative)));

        // The tests' clinic keeps UTC.
        var select = (IHtmlSelectElement)page.QuerySelector("select#timeZone")!;
        Assert.Equal("Etc/UTC", select.Value);
        Assert.Equal("Eastern time (New York)", select.Options[0].TextContent);
        Assert.Equal("true", select.GetAttribute("data-browser-zone"));
        var hint = page.QuerySelector("#timeZone-hint")!;
        Assert.Contains("timeZone-hint", select.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("Set to the clinic's time zone. Change it if you live in another one.", hint.TextContent);
        Assert.Equal("Set to your device's time zone. Change it if it is not right.", hint.GetAttribute("data-browser-hint"));
        Assert.Contains(select.Options, o => o.Value == "Europe/Madrid");
    }

    [Fact]
    public async Task A_zone_chosen_at_registration_is_kept_and_not_asked_about_again()
    {
        var (client, email) = await RegisterAsync(new Dictionary<string, string> { ["Form.TimeZone"] = "America/Chicago" });

        var zone = await app.Factory.DbAsync(db => db.Users.Where(u => u.Email == email).Select(u => new { u.TimeZone, u.TimeZoneConfirmed }).SingleAsync());
        Assert.Equal(("America/Chicago", true), (zone.TimeZone, zone.TimeZoneConfirmed));
        var home = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/account", UriKind.Relative)));
        Assert.Null(home.QuerySelector("#zone-title"));
    }

    [Fact]
    public async Task A_registration_without_a_zone_is_accepted_and_the_account_home_asks_until_the_patient_answers()
    {
        var (client, email) = await RegisterAsync(new Dictionary<string, string>(), dropZone: true);

        var home = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/account", UriKind.Relative)));
        Assert.Equal("Is your time zone right?", home.QuerySelector("#zone-title")!.TextContent);
        Assert.Contains("We set your time zone to Etc/UTC because we could not tell yours.", home.QuerySelector("#zone-title")!.ParentElement!.TextContent, StringComparison.Ordinal);

        var keep = (IHtmlFormElement)home.QuerySelector("#zone-title")!.ParentElement!.QuerySelector("form")!;
        using var kept = await FormSubmitter.SubmitAsync(client, keep, new Dictionary<string, string>(), "Yes, keep it");
        var after = await HtmlPage.ParseAsync(kept);
        Assert.Equal("/account", kept.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Your time zone is saved.", after.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Null(after.QuerySelector("#zone-title"));
        Assert.Equal(1, await app.Factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "User" && a.Action == "time zone confirmed"
            && a.EntityId == db.Users.Single(u => u.Email == email).Id)));
        var user = await app.Factory.DbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Equal(("Etc/UTC", true), (user.TimeZone, user.TimeZoneConfirmed));
    }

    [Fact]
    public async Task A_zone_this_machine_does_not_know_is_refused_beside_the_field()
    {
        using var client = app.Factory.CreateClient();
        var form = await client.FormAsync("/account/register");
        var select = (IHtmlSelectElement)form.QuerySelector("select#timeZone")!;
        var made = (IHtmlOptionElement)form.Owner!.CreateElement("option");
        made.Value = "Mars/Olympus_Mons";
        select.AppendChild(made);

        using var response = await FormSubmitter.SubmitAsync(client, form, new Dictionary<string, string>
        {
            ["Form.Email"] = $"zone-{Guid.NewGuid():N}@example.test", ["Form.Password"] = PatientSession.DefaultPassword,
            ["Form.ConfirmPassword"] = PatientSession.DefaultPassword, ["Form.TimeZone"] = "Mars/Olympus_Mons",
        });

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal("/account/register", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Choose a time zone from the list.", page.QuerySelector("#timeZone-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("select#timeZone")!.GetAttribute("aria-invalid"));
    }

    private async Task<(HttpClient Client, string Email)> RegisterAsync(Dictionary<string, string> answers, bool dropZone = false)
    {
        var client = app.Factory.CreateClient();
        var email = $"zone-{Guid.NewGuid():N}@example.test";
        var form = await client.FormAsync("/account/register");
        if (dropZone)
        {
            form.QuerySelector("select#timeZone")!.Remove();
        }

        answers["Form.Email"] = email;
        answers["Form.Password"] = answers["Form.ConfirmPassword"] = PatientSession.DefaultPassword;
        using (var registered = await FormSubmitter.SubmitAsync(client, form, answers))
        {
            Assert.Equal("/account/check-email", registered.RequestMessage!.RequestUri!.AbsolutePath);
        }

        await PatientSession.ConfirmAsync(app.Factory, client, email);
        using var signedIn = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = PatientSession.DefaultPassword });
        Assert.Equal("/account", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        return (client, email);
    }
}
