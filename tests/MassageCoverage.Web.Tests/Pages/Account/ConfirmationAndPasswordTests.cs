using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Account;

[Collection(AppCollectionDefinition.Name)]
public class ConfirmationAndPasswordTests(AppFixture app)
{
    private const string Password = "a long enough passphrase";

    [Fact]
    public async Task An_unconfirmed_account_cannot_sign_in_and_the_right_password_gets_the_link_again()
    {
        using var client = app.Factory.CreateClient();
        var email = await RegisterOnlyAsync(client);

        var wrong = await SignInAsync(client, email, "not the password at all");
        Assert.Contains("not right", wrong.QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);
        Assert.Single(Mailbox.To(app.Factory, email));

        var right = await SignInAsync(client, email, Password);
        Assert.Contains("Confirm your email address first", right.QuerySelector("#email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, Mailbox.To(app.Factory, email).Count(m => m.Contains(AccountEmails.ConfirmPrefix, StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await app.Factory.CreateClient(new() { AllowAutoRedirect = false })
            .GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);

        await PatientSession.ConfirmAsync(app.Factory, client, email);
        using var signedIn = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = Password });
        Assert.Equal("/account", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Opening_the_link_confirms_nothing_until_its_button_is_pressed_and_a_bad_link_offers_a_new_one()
    {
        using var client = app.Factory.CreateClient();
        var email = await RegisterOnlyAsync(client);
        var link = Mailbox.Link(app.Factory, email, AccountEmails.ConfirmPrefix);

        var opened = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative)));
        Assert.Equal("Confirm your email address", opened.QuerySelector("h1")!.TextContent);
        Assert.False(await app.Factory.DbAsync(async db => (await db.Users.SingleAsync(u => u.Email == email)).EmailConfirmed));

        var tampered = link.PathAndQuery.Replace("token=", "token=x", StringComparison.Ordinal);
        using var refused = await FormSubmitter.SubmitAsync(client, await client.FormAsync(tampered), new Dictionary<string, string>());
        var page = await HtmlPage.ParseAsync(refused);
        Assert.Equal("This link does not work", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/account/confirm-email/again']"));

        using var again = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/confirm-email/again"),
            new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal("/account/check-email", again.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(2, Mailbox.To(app.Factory, email).Count);
        await PatientSession.ConfirmAsync(app.Factory, client, email);
    }

    [Fact]
    public async Task A_reset_request_for_an_unconfirmed_account_sends_the_confirmation_link_instead()
    {
        using var client = app.Factory.CreateClient();
        var email = await RegisterOnlyAsync(client);

        using var sent = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/forgot-password"),
            new Dictionary<string, string> { ["Email"] = email });

        var messages = Mailbox.To(app.Factory, email);
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Contains(AccountEmails.ConfirmPrefix, m, StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains(AccountEmails.ResetPrefix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("password1234", "most common")]
    [InlineData("aaaaaaaaaaaa", "one character")]
    [InlineData("aaaaaaaaaaab", "one character")]
    [InlineData("123456789012", "simple sequence")]
    [InlineData("abcdefghijklm", "simple sequence")]
    [InlineData("qwertyuiopasd", "simple sequence")]
    [InlineData("dragondragon", "most common")]
    [InlineData("!!monkey2024!", "most common")]
    [InlineData("my name is jordan.rivers", "your email address")]
    public async Task A_weak_password_is_refused_beside_its_field_saying_why(string password, string reason)
    {
        using var client = app.Factory.CreateClient();
        // A refused password creates nothing, so one address serves every row.
        const string email = "jordan.rivers@example.test";

        var page = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/register"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = password, ["Form.ConfirmPassword"] = password }));

        Assert.Contains(reason, page.QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Mailbox.To(app.Factory, email));
    }

    [Fact]
    public async Task A_reset_to_a_common_password_is_refused_and_an_account_whose_old_password_is_weak_still_signs_in()
    {
        var email = $"old-{Guid.NewGuid():N}@example.test";
        await app.Factory.DbAsync(async db =>
        {
            // As an account made before the rule: the weak password was set without today's validators.
            var user = new AppUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, SecurityStamp = Guid.NewGuid().ToString(), LockoutEnabled = true };
            user.PasswordHash = new PasswordHasher<AppUser>().HashPassword(user, "password1234");
            db.Users.Add(user);
            await db.SaveChangesAsync();
        });
        using var client = app.Factory.CreateClient();

        using var signedIn = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = "password1234" });
        Assert.Equal("/account", signedIn.RequestMessage!.RequestUri!.AbsolutePath);

        using var other = app.Factory.CreateClient();
        using var asked = await FormSubmitter.SubmitAsync(other, await other.FormAsync("/account/forgot-password"), new Dictionary<string, string> { ["Email"] = email });
        var link = Mailbox.Link(app.Factory, email, AccountEmails.ResetPrefix);
        var refused = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(other, await other.FormAsync(link.PathAndQuery),
            new Dictionary<string, string> { ["Password"] = "qwertyuiop12" }));
        Assert.Contains("common", refused.QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_password_ends_a_lockout_but_not_an_admins_lock()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            // What the admin users page does to lock an account.
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(patient.Email))!, DateTimeOffset.MaxValue);
        }

        using var client = app.Factory.CreateClient();
        using (await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/forgot-password"), new Dictionary<string, string> { ["Email"] = patient.Email }))
        {
        }

        var link = Mailbox.Link(app.Factory, patient.Email, AccountEmails.ResetPrefix);
        using (await FormSubmitter.SubmitAsync(client, await client.FormAsync(link.PathAndQuery), new Dictionary<string, string> { ["Password"] = "a brand new passphrase" }))
        {
        }

        var refused = await SignInAsync(client, patient.Email, "a brand new passphrase");
        Assert.Contains("not right", refused.QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_refuses_a_common_password_for_an_admin()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<AccountSeeder>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => seeder.CreateAsync($"weak-{Guid.NewGuid():N}@example.test", "password1234", Roles.Admin));

        Assert.Contains("most common", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> RegisterOnlyAsync(HttpClient client)
    {
        var email = $"unconfirmed-{Guid.NewGuid():N}@example.test";
        using var response = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/register"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = Password, ["Form.ConfirmPassword"] = Password });
        Assert.Equal("/account/check-email", response.RequestMessage!.RequestUri!.AbsolutePath);
        return email;
    }

    private static async Task<IHtmlDocument> SignInAsync(HttpClient client, string email, string password) =>
        await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = password }));
}
