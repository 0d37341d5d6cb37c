using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Account.Referrals;

[Collection(AppCollectionDefinition.Name)]
public class ReferralPageTests(AppFixture app)
{
    internal const string Prescriber = "Dr Hypatia Quillfeather";
    internal const string ValidNpi = "1245319599";

    internal static Dictionary<string, string> ValidReferral(string prescriber = Prescriber) => new()
    {
        ["Form.PrescriberName"] = prescriber,
        ["Form.PrescriberNpi"] = ValidNpi,
        ["Form.IssuedOn"] = Iso(DateTime.UtcNow.AddDays(-10)),
        ["Form.DiagnosisCodes"] = "M54.50, m62.830",
        ["Form.BodyAreas"] = "lower back",
        ["Form.FrequencyAndDuration"] = "2 per week for 6 weeks",
        ["Form.VisitsPrescribed"] = "12",
        ["Form.VisitsUsed"] = "3",
        ["Form.ExpiresOn"] = Iso(DateTime.UtcNow.AddDays(40)),
    };

    internal static string Iso(DateTime d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal static async Task<long> CreateAsync(PatientSession patient, Dictionary<string, string>? answers = null)
    {
        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/referrals/new"), answers ?? ValidReferral());
        Assert.Equal("/account/referrals", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await HtmlPage.ParseAsync(response);
        var rows = page.QuerySelectorAll("tr[id^=referral-]");
        var row = rows[rows.Length - 1];
        return long.Parse(row.Id!["referral-".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_patient_adds_edits_and_deletes_a_referral_and_the_list_shows_days_left_and_visits()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await CreateAsync(patient);

        var list = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account/referrals", UriKind.Relative)));
        var row = list.QuerySelector($"#referral-{id}")!;
        Assert.Contains(Prescriber, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("M54.50, M62.830", row.TextContent, StringComparison.Ordinal);
        // Written from the UTC date; the patient's own today (New York) may be a day behind.
        Assert.Matches(@"\((39|40|41) days left\)", row.QuerySelector(".expiry")!.TextContent);
        Assert.Equal("3 of 12", row.QuerySelector(".visits")!.TextContent.Trim());

        var edit = await patient.FormAsync($"/account/referrals/{id}/edit");
        Assert.Equal("M54.50, M62.830", ((IHtmlInputElement)edit.QuerySelector("#diagnosisCodes")!).Value);
        var answers = ValidReferral();
        answers["Form.VisitsUsed"] = "5";
        answers["Form.ExpiresOn"] = Iso(DateTime.UtcNow.AddDays(-11).AddDays(5));
        answers["Form.IssuedOn"] = Iso(DateTime.UtcNow.AddDays(-20));
        using (var saved = await FormSubmitter.SubmitAsync(patient.Client, edit, answers))
        {
            var row2 = (await HtmlPage.ParseAsync(saved)).QuerySelector($"#referral-{id}")!;
            Assert.Equal("5 of 12", row2.QuerySelector(".visits")!.TextContent.Trim());
            Assert.Equal("(Expired)", row2.QuerySelector(".expiry")!.TextContent.Trim());
        }

        using (var deleted = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync($"/account/referrals/{id}/delete"), new Dictionary<string, string>()))
        {
            Assert.Null((await HtmlPage.ParseAsync(deleted)).QuerySelector($"#referral-{id}"));
        }

        await using var db = Db(out var scope);
        using (scope)
        {
            Assert.False(await db.Referrals.AnyAsync(r => r.Id == id));
            var entries = await db.AuditEntries.Where(a => a.EntityType == "Referral" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(["create", "update", "delete"], entries.Select(e => e.Action));
            Assert.All(entries, e =>
            {
                Assert.Null(e.Before);
                Assert.Null(e.After);
                var all = string.Join('|', e.Actor, e.EntityType, e.EntityId, e.Action);
                Assert.DoesNotContain(ValidNpi, all, StringComparison.Ordinal);
                Assert.DoesNotContain("Quillfeather", all, StringComparison.Ordinal);
                Assert.DoesNotContain("M54", all, StringComparison.Ordinal);
            });
        }

        Assert.DoesNotContain(app.Factory.Logs.Lines, l => l.Contains("Quillfeather", StringComparison.Ordinal)
            || l.Contains(ValidNpi, StringComparison.Ordinal) || l.Contains("M62.830", StringComparison.Ordinal) || l.Contains("M62830", StringComparison.Ordinal));
        Assert.NotNull(await app.Factory.Logs.WaitForAsync(l => l.StartsWith("\"Referral\" " + id + " \"create\"", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Form.PrescriberNpi", "1234567890", "prescriberNpi", "does not match")]
    [InlineData("Form.ExpiresOn", "2020-01-01", "expiresOn", "after the date issued")]
    [InlineData("Form.IssuedOn", "tomorrow", "issuedOn", "cannot be in the future")]
    [InlineData("Form.DiagnosisCodes", "M54.50, M54.5", "diagnosisCodes", "use M54.50, M54.51 or M54.59")]
    [InlineData("Form.VisitsUsed", "13", "visitsUsed", "cannot be more than the visits prescribed")]
    [InlineData("Form.VisitsPrescribed", "366", "visitsPrescribed", "from 1 to 365")]
    [InlineData("Form.BodyAreas", "x", "bodyAreas", "at most 500 characters")]
    public async Task A_wrong_value_comes_back_beside_its_field_with_everything_else_kept(string field, string value, string id, string message)
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var answers = ValidReferral();
        answers[field] = value switch
        {
            "x" => new string('x', 501),
            "tomorrow" => Iso(DateTime.UtcNow.AddDays(2)),
            _ => value,
        };

        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/referrals/new"), answers);
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector($"#{id}-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"#{id}", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll(".field-error"));
        foreach (var (name, typed) in answers)
        {
            Assert.Equal(typed, ((IHtmlInputElement)page.QuerySelector($"input[name='{name}']")!).Value);
        }
    }

    [Fact]
    public async Task Another_patient_gets_404_for_a_referral_on_every_route_and_verb_and_changes_nothing()
    {
        var owner = await PatientSession.RegisterAsync(app.Factory);
        var id = await CreateAsync(owner);
        var other = await PatientSession.RegisterAsync(app.Factory);
        // A real form of the other patient's own, so the antiforgery token is valid and only ownership is tested.
        var ownId = await CreateAsync(other, ValidReferral("Dr Other"));
        var editForm = await other.FormAsync($"/account/referrals/{ownId}/edit");
        var deleteForm = await other.FormAsync($"/account/referrals/{ownId}/delete");

        foreach (var path in new[] { $"/account/referrals/{id}/edit", $"/account/referrals/{id}/delete" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        var answers = ValidReferral("Dr Intruder");
        editForm.Action = $"/account/referrals/{id}/edit";
        deleteForm.Action = $"/account/referrals/{id}/delete";
        using var edited = await FormSubmitter.SubmitAsync(other.Client, editForm, answers);
        using var deleted = await FormSubmitter.SubmitAsync(other.Client, deleteForm, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, edited.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);

        await using var db = Db(out var scope);
        using (scope)
        {
            var referral = await db.Referrals.SingleAsync(r => r.Id == id);
            Assert.Equal(Prescriber, referral.PrescriberName);
        }
    }

    [Theory]
    [InlineData("/account/referrals")]
    [InlineData("/account/referrals/new")]
    [InlineData("/account/referrals/1/edit")]
    [InlineData("/account/referrals/1/delete")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_save_over_a_newer_version_is_refused_and_the_first_save_stays()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await CreateAsync(patient);
        using var second = app.Factory.CreateClient();
        var secondSession = patient with { Client = second };
        await SignInAsync(second, patient);

        var first = await patient.FormAsync($"/account/referrals/{id}/edit");
        var stale = await secondSession.FormAsync($"/account/referrals/{id}/edit");
        var firstAnswers = ValidReferral();
        firstAnswers["Form.VisitsUsed"] = "7";
        using (await FormSubmitter.SubmitAsync(patient.Client, first, firstAnswers))
        {
        }

        var staleAnswers = ValidReferral();
        staleAnswers["Form.VisitsUsed"] = "9";
        using var refused = await FormSubmitter.SubmitAsync(second, stale, staleAnswers);
        var page = await HtmlPage.ParseAsync(refused);

        Assert.Contains("This record changed since you opened it", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("7 used of 12", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("9", ((IHtmlInputElement)page.QuerySelector("#visitsUsed")!).Value);
        await using var db = Db(out var scope);
        using (scope)
        {
            Assert.Equal(7, (await db.Referrals.SingleAsync(r => r.Id == id)).VisitsUsed);
        }
    }

    internal static async Task SignInAsync(HttpClient client, PatientSession patient)
    {
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative)));
        using var response = await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)page.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Form.Email"] = patient.Email, ["Form.Password"] = patient.Password });
        Assert.Equal("/account", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private CoverageDbContext Db(out IServiceScope scope)
    {
        scope = app.Factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
    }
}
