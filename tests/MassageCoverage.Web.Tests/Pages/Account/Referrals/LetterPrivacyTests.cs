using System.Net;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;
using static MassageCoverage.Web.Tests.Pages.Account.Referrals.LetterSteps;

namespace MassageCoverage.Web.Tests.Pages.Account.Referrals;

/// <summary>
/// A letter is the patient's own: another patient's referral id is a 404, and the name and date of birth typed onto a
/// letter are printed, never logged, stored or put in an address (docs/letters.md section 3).
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class LetterPrivacyTests(AppFixture app)
{
    private static readonly string[] Letters = ["letter", "letter?kind=medical", "letter?kind=hsa"];

    [Fact]
    public async Task The_name_and_birth_date_reach_the_letter_but_no_log_no_table_and_no_address()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await ReferralPageTests.CreateAsync(patient);
        var name = $"Philippa Letterprivacy-{Guid.NewGuid():N}";
        var url = await LinkAsync(patient, id, "hsa-letter-link");
        var version = await app.Factory.DbAsync(db => db.Referrals.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        var audited = await AuditCountAsync(id);

        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync(url, "#letter-form"), new Dictionary<string, string>
        {
            ["Form.PatientName"] = name, ["Form.BirthDate"] = "1931-07-04", ["Form.BodyAreas"] = $"left shoulder {name}",
        });
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(name, Fields(page)["Patient's name"]);
        Assert.Equal("July 4, 1931", Fields(page)["Date of birth"]);
        Assert.Equal($"left shoulder {name}", Fields(page)["Body areas"]);
        Assert.Equal(url, response.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.NotNull(await app.Factory.Logs.WaitForAsync(
            l => l.StartsWith($"HTTP \"POST\" \"/account/referrals/{id}/letter\" responded 200", StringComparison.Ordinal)));
        Assert.DoesNotContain(app.Factory.Logs.Lines, l => l.Contains("Letterprivacy", StringComparison.Ordinal)
            || l.Contains("1931-07-04", StringComparison.Ordinal) || l.Contains("July 4, 1931", StringComparison.Ordinal)
            || l.Contains("07/04/1931", StringComparison.Ordinal) || l.Contains("Quillfeather", StringComparison.Ordinal)
            || l.Contains("M62.830", StringComparison.Ordinal) || l.Contains("lower back", StringComparison.Ordinal));
        Assert.Empty(await TablesHoldingAsync(name));
        // Printing changes nothing: no new version of the referral and no audit entry.
        Assert.Equal(version, await app.Factory.DbAsync(db => db.Referrals.Where(r => r.Id == id).Select(r => r.Version).SingleAsync()));
        Assert.Equal(audited, await AuditCountAsync(id));
    }

    [Fact]
    public async Task Another_patient_gets_404_for_both_letters_to_read_or_to_post_and_an_unknown_letter_is_404()
    {
        var owner = await PatientSession.RegisterAsync(app.Factory);
        var id = await ReferralPageTests.CreateAsync(owner);
        var other = await PatientSession.RegisterAsync(app.Factory);
        // A real form of the other patient's own, so the antiforgery token is valid and only ownership is tested.
        var ownId = await ReferralPageTests.CreateAsync(other, ReferralPageTests.ValidReferral("Dr Other"));

        foreach (var letter in Letters)
        {
            using var read = await other.Client.GetAsync(new Uri($"/account/referrals/{id}/{letter}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
            var form = await other.FormAsync($"/account/referrals/{ownId}/{letter}", "#letter-form");
            form.Action = $"/account/referrals/{id}/{letter}";
            using var posted = await FormSubmitter.SubmitAsync(other.Client, form, new Dictionary<string, string> { ["Form.PatientName"] = "Intruder" });
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
            Assert.DoesNotContain("Quillfeather", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var unknown = await owner.Client.GetAsync(new Uri($"/account/referrals/{id}/letter?kind=other", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var missing = await owner.Client.GetAsync(new Uri("/account/referrals/999999999/letter", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/account/referrals/1/letter")]
    [InlineData("/account/referrals/1/letter?kind=hsa")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    private Task<int> AuditCountAsync(long id) => app.Factory.DbAsync(db =>
        db.AuditEntries.CountAsync(a => a.EntityType == "Referral" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Every table of the app's schema with a row whose text holds <paramref name="text"/>.</summary>
    private Task<List<string>> TablesHoldingAsync(string text) => app.Factory.DbAsync(async db =>
    {
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS \"Value\" FROM information_schema.tables "
            + "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')").ToListAsync();
        var holding = new List<string>();
        foreach (var table in tables)
        {
            // The table names come from the catalog itself, quoted by quote_ident.
#pragma warning disable EF1002
            var found = await db.Database.SqlQueryRaw<bool>(
                $"SELECT EXISTS (SELECT 1 FROM {table} t WHERE strpos(t::text, {{0}}) > 0) AS \"Value\"", text).SingleAsync();
#pragma warning restore EF1002
            if (found)
            {
                holding.Add(table);
            }
        }

        return holding;
    });
}
