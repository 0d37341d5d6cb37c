using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Admin;

public class UsersTests
{
    [Fact]
    public async Task Admin_creates_a_staff_member_whose_generated_password_is_shown_once_and_signs_in()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin);

        using var response = await FormSubmitter.SubmitAsync(admin, await admin.FormAsync("/admin/users", "#create-user"),
            new Dictionary<string, string> { ["Form.Email"] = "new.staff@example.test", ["Form.Role"] = Roles.Staff });
        var page = await HtmlPage.ParseAsync(response);

        var password = page.QuerySelector("#created-password code")!.TextContent;
        Assert.Equal(20, password.Length);
        Assert.Contains("Staff", page.QuerySelector("tr[data-user='new.staff@example.test']")!.TextContent, StringComparison.Ordinal);
        var again = await HtmlPage.ParseAsync(await admin.GetAsync(new Uri("/admin/users", UriKind.Relative)));
        Assert.Null(again.QuerySelector("#created-password"));

        using var staff = factory.CreateClient();
        using var signedIn = await FormSubmitter.SubmitAsync(staff, await staff.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = "new.staff@example.test", ["Form.Password"] = password });
        Assert.Equal("/account", signedIn.RequestMessage!.RequestUri!.AbsolutePath);

        var entry = await AuditFor(factory, "create");
        Assert.Contains("new.staff@example.test", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain(password, entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("password", entry.After!, StringComparison.OrdinalIgnoreCase);
    }

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
        Assert.Null(page.QuerySelector("#created-password"));
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

    private static Task<IHtmlFormElement> RowForm(HttpClient admin, string email, string selector) =>
        admin.FormAsync("/admin/users", $"tr[data-user='{email}'] {selector}");

    private static async Task<MassageCoverage.Web.Data.Entities.AuditEntry> AuditFor(AppFactory factory, string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        return await db.AuditEntries.Where(a => a.EntityType == "User" && a.Action == action).OrderByDescending(a => a.Id).FirstAsync();
    }
}
