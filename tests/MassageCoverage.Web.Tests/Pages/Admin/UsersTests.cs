using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog.Editing;
using MassageCoverage.Web.Tests.Pages.Account.Checks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Admin;

public class UsersTests
{
    [Fact]
    public async Task Creating_an_account_with_a_bad_email_shows_the_error_beside_the_field()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin);

        var page = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(admin, await admin.FormAsync("/admin/users", "#create-user"),
            new Dictionary<string, string> { ["Form.Email"] = "not an email", ["Form.Role"] = Roles.Admin }));

        Assert.Contains("like name@example.org", page.QuerySelector("#email-error")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(0, await factory.DbAsync(db => db.Users.CountAsync(u => u.Email == "not an email")));
    }

    [Fact]
    public async Task A_locked_staff_member_cannot_sign_in_until_unlocked_and_both_changes_are_audited()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin);
        using var _ = await SignedInSession.AsAsync(factory, Roles.Staff, "locked.staff@example.test");

        var locked = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(admin, await RowForm(admin, "locked.staff@example.test", ".lock-form"), new Dictionary<string, string>()));
        Assert.Equal("Locked", locked.QuerySelector("tr[data-user='locked.staff@example.test'] .locked-cell")!.TextContent);
        using var stranger = factory.CreateClient();
        var refused = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(stranger, await stranger.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = "locked.staff@example.test", ["Form.Password"] = SignedInSession.Password }));
        Assert.Contains("locked", refused.QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);

        var unlocked = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(admin, await RowForm(admin, "locked.staff@example.test", ".lock-form"), new Dictionary<string, string>()));
        Assert.Equal("No", unlocked.QuerySelector("tr[data-user='locked.staff@example.test'] .locked-cell")!.TextContent);
        Assert.Contains("\"locked\": true", (await AuditFor(factory, "lock")).After, StringComparison.Ordinal);
        Assert.Contains("\"locked\": false", (await AuditFor(factory, "unlock")).After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Locking_a_patient_audits_the_change_without_their_email()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin);
        var patient = await PatientSession.RegisterAsync(factory);

        using var locked = await FormSubmitter.SubmitAsync(admin, await RowForm(admin, patient.Email, ".lock-form"), new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        var entry = await AuditFor(factory, "lock");
        Assert.Equal(await IdOf(factory, patient.Email), entry.EntityId);
        Assert.Equal("""{"email": null, "roles": ["Patient"], "locked": false}""", entry.Before);
        Assert.Equal("""{"email": null, "roles": ["Patient"], "locked": true}""", entry.After);
    }

    [Fact]
    public async Task The_last_admin_cannot_be_demoted_or_locked_until_another_admin_exists()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin, "only.admin@example.test");

        using var demote = await FormSubmitter.SubmitAsync(admin, await RowForm(admin, "only.admin@example.test", ".roles-form"),
            new Dictionary<string, string> { ["isAdmin"] = "", ["staff"] = "true" });
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Contains("last active admin", (await HtmlPage.ParseAsync(demote)).QuerySelector("#problem")!.TextContent, StringComparison.Ordinal);
        using var lockSelf = await FormSubmitter.SubmitAsync(admin, await RowForm(admin, "only.admin@example.test", ".lock-form"), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, lockSelf.StatusCode);

        using var _ = await SignedInSession.AsAsync(factory, Roles.Staff, "second@example.test");
        using var promote = await FormSubmitter.SubmitAsync(admin, await RowForm(admin, "second@example.test", ".roles-form"),
            new Dictionary<string, string> { ["isAdmin"] = "true" });
        Assert.Contains("Admin", (await HtmlPage.ParseAsync(promote)).QuerySelector("tr[data-user='second@example.test']")!.TextContent, StringComparison.Ordinal);
        using var demoted = await FormSubmitter.SubmitAsync(admin, await RowForm(admin, "only.admin@example.test", ".roles-form"),
            new Dictionary<string, string> { ["isAdmin"] = "", ["staff"] = "true" });
        Assert.Equal(HttpStatusCode.OK, demoted.StatusCode);
        var roles = await AuditFor(factory, "roles");
        Assert.Contains("Staff", roles.After, StringComparison.Ordinal);
        Assert.DoesNotContain("Admin", roles.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_deletes_a_staff_member_who_leaves_the_list_can_no_longer_sign_in_and_is_audited_by_email_and_roles()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin, "deleting.admin@example.test");
        using var _ = await SignedInSession.AsAsync(factory, Roles.Staff, "gone.staff@example.test");
        var staffId = await IdOf(factory, "gone.staff@example.test");

        var confirm = await DeletePage(admin, "gone.staff@example.test");
        Assert.Equal("Delete gone.staff@example.test?", confirm.QuerySelector("h1")!.TextContent);
        Assert.Contains("roles (Staff)", confirm.QuerySelector("#account")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("referral", confirm.QuerySelector("#account")!.TextContent, StringComparison.Ordinal);
        using var deleted = await FormSubmitter.SubmitAsync(admin, (IHtmlFormElement)confirm.QuerySelector("#delete-user")!, new Dictionary<string, string>());
        var list = await HtmlPage.ParseAsync(deleted);

        Assert.Equal("/admin/users", deleted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Account deleted.", list.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(list.QuerySelector("tr[data-user='gone.staff@example.test']"));
        var entry = await AuditFor(factory, "delete");
        Assert.Equal(staffId, entry.EntityId);
        Assert.Equal(await IdOf(factory, "deleting.admin@example.test"), entry.Actor);
        Assert.Equal("""{"email": "gone.staff@example.test", "roles": ["Staff"]}""", entry.Before);
        Assert.Null(entry.After);
        using var stranger = factory.CreateClient();
        using var signIn = await FormSubmitter.SubmitAsync(stranger, await stranger.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = "gone.staff@example.test", ["Form.Password"] = SignedInSession.Password });
        Assert.Equal("/account/sign-in", signIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("email address or password is not right", (await HtmlPage.ParseAsync(signIn)).QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_is_told_how_many_records_a_patient_has_and_deleting_the_patient_deletes_them_all()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin);
        var patient = await PatientSession.RegisterAsync(factory);
        var other = await PatientSession.RegisterAsync(factory);
        await CheckSteps.SaveAsync(patient);
        var patientId = await AddRecordsAsync(factory, patient.Email, referrals: 2);
        var otherId = await AddRecordsAsync(factory, other.Email, referrals: 1);

        var confirm = await DeletePage(admin, patient.Email);
        var goes = confirm.QuerySelector("#account")!.TextContent;
        Assert.Contains("their 2 referrals;", goes, StringComparison.Ordinal);
        Assert.Contains("their 1 call with their insurer", goes, StringComparison.Ordinal);
        Assert.Contains("their 1 saved check.", goes, StringComparison.Ordinal);
        using var deleted = await FormSubmitter.SubmitAsync(admin, (IHtmlFormElement)confirm.QuerySelector("#delete-user")!, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Id == patientId));
        Assert.Equal(0, await db.Referrals.CountAsync(r => r.OwnerId == patientId));
        Assert.Equal(0, await db.InsurerCalls.CountAsync(c => c.OwnerId == patientId));
        Assert.Equal(0, await db.SavedChecks.CountAsync(c => c.OwnerId == patientId));
        Assert.Equal(1, await db.CallPromises.CountAsync());
        Assert.Equal(1, await db.Referrals.CountAsync(r => r.OwnerId == otherId));
        var entry = await AuditFor(factory, "delete");
        Assert.Equal("""{"email": null, "roles": ["Patient"]}""", entry.Before);
    }

    [Fact]
    public async Task The_delete_page_says_the_audit_keeps_a_staff_members_email_but_not_a_patients()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin);
        using var _ = await SignedInSession.AsAsync(factory, Roles.Staff, "kept.staff@example.test");
        var patient = await PatientSession.RegisterAsync(factory);

        var staffPage = AuditSentence(await DeletePage(admin, "kept.staff@example.test"));
        var patientPage = AuditSentence(await DeletePage(admin, patient.Email));

        Assert.Contains("The audit log keeps the email address and roles", staffPage, StringComparison.Ordinal);
        Assert.Contains("but not the email address", patientPage, StringComparison.Ordinal);
        Assert.DoesNotContain("keeps the email address", patientPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_in_the_error_summary_links_to_the_list_of_what_would_go_which_takes_focus()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin, "self.admin@example.test");

        var page = await DeletePage(admin, "self.admin@example.test");

        var link = page.QuerySelector("#error-summary a")!.GetAttribute("href")!;
        Assert.Equal("#account", link);
        Assert.Equal("-1", page.QuerySelector(link)!.GetAttribute("tabindex"));
    }

    [Fact]
    public async Task The_last_active_admin_cannot_be_deleted_even_by_an_admin_demoted_while_the_confirmation_was_open()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var first = await SignedInSession.AsAsync(factory, Roles.Admin, "first.admin@example.test");
        using var second = await SignedInSession.AsAsync(factory, Roles.Admin, "second.admin@example.test");
        var confirm = (IHtmlFormElement)(await DeletePage(second, "first.admin@example.test")).QuerySelector("#delete-user")!;

        // The demoted admin's sign-in still says Admin until Identity next checks its security stamp (30 minutes):
        // the service, not the cookie, has to keep the last admin.
        using var demoted = await FormSubmitter.SubmitAsync(first, await RowForm(first, "second.admin@example.test", ".roles-form"),
            new Dictionary<string, string> { ["isAdmin"] = "", ["staff"] = "true" });
        Assert.Equal(HttpStatusCode.OK, demoted.StatusCode);
        using var refused = await FormSubmitter.SubmitAsync(second, confirm, new Dictionary<string, string>());
        var page = await HtmlPage.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(UserAdministration.LastAdminMessage, page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#delete-user"));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var again = await DeletePage(second, "first.admin@example.test");
        Assert.Contains(UserAdministration.LastAdminMessage, again.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("#delete-user"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        Assert.True(await db.Users.AnyAsync(u => u.Email == "first.admin@example.test"));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "delete"));
    }

    [Fact]
    public async Task An_admin_cannot_delete_their_own_account_from_the_console()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin, "self.admin@example.test");
        using var _ = await SignedInSession.AsAsync(factory, Roles.Admin, "other.admin@example.test");

        var page = await DeletePage(admin, "self.admin@example.test");
        Assert.Contains(UserAdministration.OwnAccountMessage, page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#delete-user"));
        Assert.Equal("/account", page.QuerySelector("#own-account a")!.GetAttribute("href"));

        // No button is offered, so post as a crafted request would, with a valid antiforgery token.
        var token = (await admin.FormAsync("/admin/users", "#create-user")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var refused = await admin.PostAsync(new Uri($"/admin/users/{await IdOf(factory, "self.admin@example.test")}/delete", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(UserAdministration.OwnAccountMessage, (await HtmlPage.ParseAsync(refused)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<CoverageDbContext>().Users.AnyAsync(u => u.Email == "self.admin@example.test"));
    }

    [Fact]
    public async Task Deleting_an_unknown_account_is_not_found()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin);

        using var response = await admin.GetAsync(new Uri("/admin/users/no-such-user/delete", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal("This account does not exist", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("#delete-user"));
    }

    [Fact]
    public async Task Deleting_an_account_another_admin_deleted_first_says_it_is_gone_and_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var first = await SignedInSession.AsAsync(factory, Roles.Admin);
        using var second = await SignedInSession.AsAsync(factory, Roles.Admin);
        using var _ = await SignedInSession.AsAsync(factory, Roles.Staff, "twice@example.test");
        var firstForm = (IHtmlFormElement)(await DeletePage(first, "twice@example.test")).QuerySelector("#delete-user")!;
        var secondForm = (IHtmlFormElement)(await DeletePage(second, "twice@example.test")).QuerySelector("#delete-user")!;

        using var deleted = await FormSubmitter.SubmitAsync(first, firstForm, new Dictionary<string, string>());
        using var late = await FormSubmitter.SubmitAsync(second, secondForm, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Contains("someone may have deleted it already", (await HtmlPage.ParseAsync(late)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == "User" && a.Action == "delete"));
    }

    /// <summary>Follows the Delete link in the account's row, as an admin does.</summary>
    private static async Task<IHtmlDocument> DeletePage(HttpClient admin, string email)
    {
        var list = await HtmlPage.ParseAsync(await admin.GetAsync(new Uri("/admin/users", UriKind.Relative)));
        var href = list.QuerySelector($"tr[data-user='{email}'] a.delete-link")!.GetAttribute("href")!;
        return await HtmlPage.ParseAsync(await admin.GetAsync(new Uri(href, UriKind.Relative)));
    }

    private static string AuditSentence(IHtmlDocument page) =>
        page.QuerySelectorAll("main p").Single(p => p.TextContent.Contains("audit log", StringComparison.Ordinal)).TextContent;

    private static async Task<string> IdOf(AppFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CoverageDbContext>().Users.SingleAsync(u => u.Email == email)).Id;
    }

    /// <summary>Stores referrals and one call with a promise for the patient, as the record pages would.</summary>
    private static async Task<string> AddRecordsAsync(AppFactory factory, string email, int referrals)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var ownerId = (await db.Users.SingleAsync(u => u.Email == email)).Id;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; i < referrals; i++)
        {
            db.Referrals.Add(new Referral
            {
                OwnerId = ownerId, PrescriberName = "Dr. Example", PrescriberNpi = "1234567893", IssuedOn = today.AddDays(-5),
                DiagnosisCodes = ["M5450"], VisitsPrescribed = 12, ExpiresOn = today.AddDays(60),
            });
        }

        var call = new InsurerCall { OwnerId = ownerId, CalledAt = DateTimeOffset.UtcNow, Insurer = "Acme Health" };
        call.Promises.Add(new CallPromise { What = "Send the letter", DueOn = today.AddDays(7) });
        db.InsurerCalls.Add(call);
        await db.SaveChangesAsync();
        return ownerId;
    }

    private static Task<IHtmlFormElement> RowForm(HttpClient admin, string email, string selector) =>
        admin.FormAsync($"/admin/users?q={Uri.EscapeDataString(email)}", $"tr[data-user='{email}'] {selector}");

    private static async Task<AuditEntry> AuditFor(AppFactory factory, string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        return await db.AuditEntries.Where(a => a.EntityType == "User" && a.Action == action).OrderByDescending(a => a.Id).FirstAsync();
    }
}
