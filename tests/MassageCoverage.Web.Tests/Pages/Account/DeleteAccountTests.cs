using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Tests.Pages.Account.Checks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Account;

[Collection(AppCollectionDefinition.Name)]
public class DeleteAccountTests(AppFixture app)
{
    [Fact]
    public async Task A_wrong_confirmation_word_and_a_wrong_password_come_back_beside_their_fields_and_delete_nothing()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        await CheckSteps.SaveAsync(patient);

        var wrongWord = await SubmitAsync(patient, "delete", patient.Password);
        Assert.Contains("Type the word DELETE", wrongWord.QuerySelector("#confirmation-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("delete", ((IHtmlInputElement)wrongWord.QuerySelector("#confirmation")!).Value);

        var wrongPassword = await SubmitAsync(patient, "DELETE", "not my password at all");
        Assert.Contains("password is not right", wrongPassword.QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(wrongPassword.QuerySelector("#confirmation-error"));

        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == patient.Email);
        Assert.Equal(1, await db.SavedChecks.CountAsync(c => c.OwnerId == user.Id));
    }

    [Fact]
    public async Task A_patient_who_is_also_an_admin_cannot_delete_the_account_here_so_the_last_admin_check_is_never_bypassed()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        using (var scope = app.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<MassageCoverage.Web.Data.Entities.AppUser>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByEmailAsync(patient.Email))!, "Admin")).Succeeded);
        }

        var page = await SubmitAsync(patient, "DELETE", patient.Password);

        Assert.Contains("also an admin's", page.QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);
        using var check = app.Factory.Services.CreateScope();
        Assert.True(await check.ServiceProvider.GetRequiredService<CoverageDbContext>().Users.AnyAsync(u => u.Email == patient.Email));
    }

    [Fact]
    public async Task Deleting_the_account_removes_the_user_and_every_record_signs_out_and_audits_without_the_email()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        await CheckSteps.SaveAsync(patient);
        await CheckSteps.SaveAsync(patient);
        string userId;
        using (var before = app.Factory.Services.CreateScope())
        {
            userId = (await before.ServiceProvider.GetRequiredService<CoverageDbContext>().Users.SingleAsync(u => u.Email == patient.Email)).Id;
        }

        var done = await SubmitAsync(patient, "DELETE", patient.Password);

        Assert.Equal("/account/deleted", done.Location!.PathName);
        Assert.Contains("Your account is deleted", done.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Id == userId || u.Email == patient.Email));
        Assert.Equal(0, await db.SavedChecks.CountAsync(c => c.OwnerId == userId));
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == "User" && e.EntityId == userId);
        Assert.Equal(userId, entry.Actor);
        Assert.Equal(AuditActions.Delete, entry.Action);
        Assert.Null(entry.Before);
        Assert.Null(entry.After);
        var trail = await db.AuditEntries.Where(e => e.Actor == userId || e.EntityId == userId).ToListAsync();
        Assert.All(trail, e => Assert.DoesNotContain(patient.Email, $"{e.Actor} {e.EntityType} {e.EntityId} {e.Before} {e.After}", StringComparison.Ordinal));
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Actor == patient.Email || e.EntityId == patient.Email));

        Assert.NotNull(await app.Factory.Logs.WaitForAsync(l => l.Contains($"Account \"{userId}\" deleted", StringComparison.Ordinal)));
        Assert.DoesNotContain(app.Factory.Logs.Lines, l => l.Contains(patient.Email, StringComparison.OrdinalIgnoreCase));

        using var signedOut = await patient.Client.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal("/account/sign-in", signedOut.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, signedOut.StatusCode);
    }

    [Fact]
    public async Task The_account_page_links_the_patients_record_sections()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);

        var page = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account", UriKind.Relative)));

        var links = page.QuerySelectorAll(".account-sections a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/account/checks", links["Your saved checks"]);
        Assert.Equal("/account/export", links["Download or print your records"]);
        Assert.Equal("/account/delete", links["Delete your account"]);
    }

    private static async Task<IHtmlDocument> SubmitAsync(PatientSession patient, string word, string password)
    {
        var form = await patient.FormAsync("/account/delete");
        using var response = await FormSubmitter.SubmitAsync(patient.Client, form, new Dictionary<string, string>
        {
            ["Form.Confirmation"] = word, ["Form.Password"] = password,
        });
        return await HtmlPage.ParseAsync(response);
    }
}
