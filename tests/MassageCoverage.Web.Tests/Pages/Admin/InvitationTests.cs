using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Admin;

/// <summary>New staff and admins are invited by a mailed link and choose their own password; the users list is searched and paged.</summary>
public class InvitationTests
{
    private const string Chosen = "a password of my own choosing";

    [Fact]
    public async Task An_invited_staff_member_sets_their_own_password_from_the_mailed_link_once_and_signs_in()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin);
        const string email = "invited.staff@example.test";

        var form = await admin.FormAsync("/admin/users", "#create-user");
        Assert.Null(form.QuerySelector("input[type=password], input[name='Form.Password']"));
        var page = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(admin, form,
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Role"] = Roles.Staff }));

        Assert.Contains("Invitation sent to", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var row = page.QuerySelector($"tr[data-user='{email}']")!;
        Assert.Contains("no password chosen yet", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Required", row.QuerySelector(".two-factor-required")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await factory.DbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync()));
        var message = Assert.Single(Mailbox.To(factory, email));
        Assert.Contains("Subject: You are invited to MassageCoverage", message, StringComparison.Ordinal);
        var link = Mailbox.Link(factory, email, AccountEmails.InvitationPrefix);

        using var invitee = factory.CreateClient();
        var setForm = await invitee.FormAsync(link.PathAndQuery, "#invitation-form");
        var tooShort = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(invitee, setForm, new Dictionary<string, string> { ["Password"] = "short" }));
        Assert.NotNull(tooShort.QuerySelector("#password-error"));
        var done = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(invitee, setForm, new Dictionary<string, string> { ["Password"] = Chosen }));
        Assert.NotNull(done.QuerySelector("#invitation-done"));

        using var signedIn = await FormSubmitter.SubmitAsync(invitee, await invitee.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = Chosen });
        Assert.NotEqual("/account/sign-in", signedIn.RequestMessage!.RequestUri!.AbsolutePath);

        using var stranger = factory.CreateClient();
        Assert.NotNull((await HtmlPage.ParseAsync(await stranger.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative)))).QuerySelector("#invitation-invalid"));
        // The used link posted again, with an antiforgery token of the poster's own (the page no longer shows the form).
        var antiforgery = (await stranger.FormAsync("/account/sign-in")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userId"] = setForm.QuerySelector("input[name=userId]")!.GetAttribute("value")!,
            ["token"] = setForm.QuerySelector("input[name=token]")!.GetAttribute("value")!,
            ["Password"] = "another password entirely", ["__RequestVerificationToken"] = antiforgery,
        });
        var replay = await HtmlPage.ParseAsync(await stranger.PostAsync(new Uri(link.PathAndQuery, UriKind.Relative), content));
        Assert.NotNull(replay.QuerySelector("#invitation-invalid"));
        await factory.DbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var hasher = new PasswordHasher<AppUser>();
            Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, user.PasswordHash!, Chosen));
            var actions = await db.AuditEntries.Where(a => a.EntityId == user.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
            Assert.Equal([Invitations.SentAction, Invitations.AcceptedAction], actions);
        });
        var audit = await HtmlPage.ParseAsync(await admin.GetAsync(new Uri($"/admin/audit?EntityType=User", UriKind.Relative)));
        Assert.Contains("invite accepted", audit.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Chosen, audit.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_can_be_sent_again_and_an_expired_link_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        // A lifespan of nothing: every link has expired by the time it is opened.
        await using var factory = new AppFactory(database.ConnectionString)
        {
            ConfigureTestServices = services => services.Configure<InvitationTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.Zero),
        };
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin);
        const string email = "late.admin@example.test";
        using var _ = await FormSubmitter.SubmitAsync(admin, await admin.FormAsync("/admin/users", "#create-user"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Role"] = Roles.Admin });

        var again = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(admin,
            await admin.FormAsync($"/admin/users?q={Uri.EscapeDataString(email)}", $"tr[data-user='{email}'] .invite-again-form"), new Dictionary<string, string>()));

        Assert.Equal("Invitation sent again.", again.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal(2, Mailbox.To(factory, email).Count);
        using var invitee = factory.CreateClient();
        var link = Mailbox.Link(factory, email, AccountEmails.InvitationPrefix);
        var page = await HtmlPage.ParseAsync(await invitee.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative)));
        Assert.NotNull(page.QuerySelector("#invitation-invalid"));
        Assert.Null(page.QuerySelector("#invitation-form"));
    }

    [Fact]
    public async Task Users_are_searched_by_email_and_paged_25_at_a_time()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        using var admin = await SignedInSession.AsAsync(factory, Roles.Admin);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            for (var i = 0; i < 30; i++)
            {
                var user = new AppUser { UserName = $"paged-{i:00}@example.test", Email = $"paged-{i:00}@example.test", EmailConfirmed = true };
                Assert.True((await users.CreateAsync(user)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, Roles.Patient)).Succeeded);
            }
        }

        var first = await Get(admin, "/admin/users?q=PAGED-");
        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.StartsWith("30 accounts", first.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        var second = await Get(admin, first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(["paged-25@example.test", "paged-26@example.test", "paged-27@example.test", "paged-28@example.test", "paged-29@example.test"],
            second.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-user")!));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
        Assert.Null(second.QuerySelector("a[rel=next]"));
        var one = await Get(admin, "/admin/users?q=paged-07%40");
        Assert.Equal("paged-07@example.test", Assert.Single(one.QuerySelectorAll("tbody tr")).GetAttribute("data-user"));
        Assert.Equal("Not required", one.QuerySelector(".two-factor-required")!.TextContent.Trim());
        Assert.Equal("paged-07@", ((IHtmlInputElement)one.QuerySelector("#q")!).Value);
    }

    private static async Task<AngleSharp.Dom.IDocument> Get(HttpClient client, string url) =>
        await HtmlPage.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
}
