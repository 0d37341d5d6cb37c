using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Account.Checks;

[Collection(AppCollectionDefinition.Name)]
public class SavedCheckTests(AppFixture app)
{
    [Fact]
    public async Task Saving_from_the_result_page_shows_the_check_as_saved_and_lists_it()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);

        var (url, page) = await CheckSteps.SaveAsync(patient);

        Assert.Equal("Your saved check", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Covered", page.QuerySelector(".badge-large")!.TextContent.Trim());
        Assert.Contains("12 of 12 visits left this year.", page.QuerySelector("#visits-title + p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Copay: $30 per visit.", page.QuerySelector(".cost-share")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a#run-again"));

        var list = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account/checks", UriKind.Relative)));
        var row = Assert.Single(list.QuerySelectorAll("table.saved-checks tbody tr"));
        Assert.Contains("Acme PPO Gold", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Covered", row.QuerySelector(".saved-decision")!.TextContent.Trim());
        Assert.Equal(url, row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_name_given_when_saving_shows_on_the_saved_check_and_in_the_list()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);

        var (_, page) = await CheckSteps.SaveAsync(patient, label: "Before my referral");

        Assert.Equal("Before my referral", page.QuerySelector(".saved-label")!.TextContent.Trim());
        var list = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account/checks", UriKind.Relative)));
        Assert.Equal("Before my referral", list.QuerySelector("table.saved-checks .saved-label")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_name_longer_than_200_characters_comes_back_beside_its_field_and_saves_nothing()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var resultUrl = await CheckSteps.ResultUrlAsync(patient.Client, CheckSteps.EverythingMet());
        var form = await patient.FormAsync(resultUrl, "form.save-check");

        using var response = await FormSubmitter.SubmitAsync(patient.Client, form, new Dictionary<string, string> { ["Label"] = new string('x', 201) }, "Save to my account");
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal("/check/result", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("at most 200 characters", page.QuerySelector("#label-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Covered", page.QuerySelector(".badge-large")!.TextContent.Trim());
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var userId = (await db.Users.SingleAsync(u => u.Email == patient.Email)).Id;
        Assert.False(await db.SavedChecks.AnyAsync(c => c.OwnerId == userId));
    }

    [Fact]
    public async Task Saving_writes_an_audit_entry_with_no_health_data()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var (url, _) = await CheckSteps.SaveAsync(patient);

        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var id = CheckSteps.IdOf(url).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == "SavedCheck" && e.EntityId == id);
        var userId = (await db.Users.SingleAsync(u => u.Email == patient.Email)).Id;
        Assert.Equal(userId, entry.Actor);
        Assert.Equal(AuditActions.Create, entry.Action);
        Assert.Null(entry.Before);
        Assert.Null(entry.After);
    }

    [Fact]
    public async Task Saved_checks_are_listed_newest_first()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        await CheckSteps.SaveAsync(patient);
        var (newest, _) = await CheckSteps.SaveAsync(patient, CheckSteps.EverythingMet("acme-hmo-basic"));

        var list = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account/checks", UriKind.Relative)));
        var rows = list.QuerySelectorAll("table.saved-checks tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal(newest, rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Not covered", rows[0].QuerySelector(".saved-decision")!.TextContent.Trim());
    }

    [Fact]
    public async Task Anonymous_users_see_sign_in_to_save_returning_to_the_same_result()
    {
        using var client = app.Factory.CreateClient();
        var resultUrl = await CheckSteps.ResultUrlAsync(client, CheckSteps.EverythingMet());

        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(resultUrl, UriKind.Relative)));

        Assert.Null(page.QuerySelector("form.save-check"));
        var link = page.QuerySelector("a#sign-in-to-save")!;
        Assert.Equal("Sign in to save this check", link.TextContent.Trim());
        var href = new Uri(new Uri("http://localhost"), link.GetAttribute("href"));
        Assert.Equal("/account/sign-in", href.AbsolutePath);
        Assert.Equal(resultUrl, System.Web.HttpUtility.ParseQueryString(href.Query)["returnUrl"]);
    }

    [Fact]
    public async Task Running_again_on_an_unchanged_catalog_says_nothing_has_changed()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var (url, _) = await CheckSteps.SaveAsync(patient);

        var again = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri(url + "/again", UriKind.Relative)));

        Assert.Contains("Nothing has changed", again.QuerySelector("#no-changes")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector(".change-list"));
        Assert.Equal("Covered", again.QuerySelector(".badge-large")!.TextContent.Trim());
    }

    [Fact]
    public async Task Deleting_a_saved_check_removes_it_and_audits_the_deletion()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var (url, _) = await CheckSteps.SaveAsync(patient);

        var form = await patient.FormAsync(url + "/delete");
        using var deleted = await FormSubmitter.SubmitAsync(patient.Client, form, new Dictionary<string, string>(), "Delete this check");

        Assert.Equal("/account/checks", deleted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await patient.Client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var id = CheckSteps.IdOf(url);
        Assert.False(await db.SavedChecks.AnyAsync(c => c.Id == id));
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "SavedCheck" && e.EntityId == idText && e.Action == AuditActions.Delete && e.Before == null));
    }

    [Fact]
    public async Task Saved_check_pages_are_for_signed_in_patients_only()
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/account/checks", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
