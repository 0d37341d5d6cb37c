using System.Net;
using System.Text.Json;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Tests.Pages.Account.Checks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Account.Export;

[Collection(AppCollectionDefinition.Name)]
public class ExportTests(AppFixture app)
{
    [Fact]
    public async Task The_json_export_is_an_attachment_holding_exactly_the_patients_own_records()
    {
        var (a, aIds) = await PatientWithChecksAsync(2);
        var (b, bIds) = await PatientWithChecksAsync(1);

        using var response = await a.Client.GetAsync(new Uri("/account/export/json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(b.Email, text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var account = json.RootElement.GetProperty("account");
        Assert.Equal(a.Email, account.GetProperty("email").GetString());
        Assert.Equal("America/New_York", account.GetProperty("timeZone").GetString());
        var checks = json.RootElement.GetProperty("savedChecks").EnumerateArray().ToList();
        Assert.Equal(aIds.Order(), checks.Select(c => c.GetProperty("id").GetInt64()).Order());
        Assert.DoesNotContain(bIds[0], checks.Select(c => c.GetProperty("id").GetInt64()));
        var first = checks[0];
        Assert.Equal("acme-ppo-gold", first.GetProperty("answers").GetProperty("plan").GetString());
        Assert.Equal("Covered", first.GetProperty("snapshot").GetProperty("decisionLabel").GetString());
    }

    [Fact]
    public async Task The_printable_copy_lists_the_same_records()
    {
        var (a, aIds) = await PatientWithChecksAsync(2);
        var (b, _) = await PatientWithChecksAsync(1);

        var page = await HtmlPage.ParseAsync(await a.Client.GetAsync(new Uri("/account/export/print", UriKind.Relative)));

        Assert.Equal(a.Email, page.QuerySelector("#export-email")!.TextContent.Trim());
        var printed = page.QuerySelectorAll(".saved-check").Select(c => long.Parse(c.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(aIds.Order(), printed.Order());
        Assert.DoesNotContain(b.Email, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("12 of 12 visits left this year.", page.QuerySelector(".saved-check")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_page_offers_the_download_and_the_printable_copy()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);

        var page = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account/export", UriKind.Relative)));

        Assert.Equal("/account/export/json", page.QuerySelector("a#download-json")!.GetAttribute("href"));
        Assert.Equal("Download everything (JSON)", page.QuerySelector("a#download-json")!.TextContent.Trim());
        Assert.Equal("/account/export/print", page.QuerySelector("a#printable")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/account/export/json")]
    [InlineData("/account/export/print")]
    public async Task A_post_to_the_export_answers_404(string url)
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);

        using var response = await CheckSteps.PostAsync(patient, url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(PatientSession Patient, long[] Ids)> PatientWithChecksAsync(int count)
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        for (var i = 0; i < count; i++)
        {
            await CheckSteps.SaveAsync(patient);
        }

        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var userId = (await db.Users.SingleAsync(u => u.Email == patient.Email)).Id;
        return (patient, await db.SavedChecks.Where(c => c.OwnerId == userId).Select(c => c.Id).ToArrayAsync());
    }
}
