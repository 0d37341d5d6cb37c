using System.Net;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Account.Checks;

[Collection(AppCollectionDefinition.Name)]
public class CrossPatientTests(AppFixture app)
{
    [Theory]
    [InlineData("")]
    [InlineData("/again")]
    [InlineData("/delete")]
    public async Task Another_patients_saved_check_answers_404_to_a_get(string suffix)
    {
        var (a, url) = await SavedByAAsync();
        var b = await PatientSession.RegisterAsync(app.Factory);

        using var response = await b.Client.GetAsync(new Uri(url + suffix, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Acme PPO Gold", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertUnchangedAsync(a, url);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/again")]
    [InlineData("/delete")]
    public async Task Another_patients_saved_check_answers_404_to_a_post_and_nothing_changes(string suffix)
    {
        var (a, url) = await SavedByAAsync();
        var b = await PatientSession.RegisterAsync(app.Factory);

        using var response = await CheckSteps.PostAsync(b, url + suffix);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertUnchangedAsync(a, url);
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var id = CheckSteps.IdOf(url).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityType == "SavedCheck" && e.EntityId == id && e.Action == "delete"));
    }

    [Fact]
    public async Task A_patients_list_never_shows_another_patients_checks()
    {
        await SavedByAAsync();
        var b = await PatientSession.RegisterAsync(app.Factory);

        var list = await HtmlPage.ParseAsync(await b.Client.GetAsync(new Uri("/account/checks", UriKind.Relative)));

        Assert.Empty(list.QuerySelectorAll("table.saved-checks tbody tr"));
    }

    private async Task<(PatientSession A, string Url)> SavedByAAsync()
    {
        var a = await PatientSession.RegisterAsync(app.Factory);
        var (url, _) = await CheckSteps.SaveAsync(a);
        return (a, url);
    }

    private async Task AssertUnchangedAsync(PatientSession owner, string url)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var id = CheckSteps.IdOf(url);
        var check = await db.SavedChecks.SingleAsync(c => c.Id == id);
        Assert.Equal((await db.Users.SingleAsync(u => u.Email == owner.Email)).Id, check.OwnerId);
        var page = await HtmlPage.ParseAsync(await owner.Client.GetAsync(new Uri(url, UriKind.Relative)));
        Assert.Equal("Covered", page.QuerySelector(".badge-large")!.TextContent.Trim());
    }
}
