using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Account;

[Collection(AppCollectionDefinition.Name)]
public class RegistrationAndSignInTests(AppFixture app)
{
    [Fact]
    public async Task Registering_creates_a_patient_who_signs_in_after_confirming_their_email_and_nothing_more()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);

        var account = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account", UriKind.Relative)));
        Assert.Contains(patient.Email, account.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(patient.Email);
        Assert.Equal([Roles.Patient], await users.GetRolesAsync(user!));
        Assert.True(user!.EmailConfirmed);
    }

    [Fact]
    public async Task A_new_and_a_taken_email_get_the_same_answer_and_only_the_mailbox_learns_which()
    {
        var existing = await PatientSession.RegisterAsync(app.Factory);
        using var client = app.Factory.CreateClient();
        var newEmail = $"new-{Guid.NewGuid():N}@example.test";

        var (newAnswer, newPath) = await RegisterAsync(client, newEmail);
        var (takenAnswer, takenPath) = await RegisterAsync(client, existing.Email);

        Assert.Equal("/account/check-email", newPath);
        Assert.Equal(newPath, takenPath);
        Assert.Equal(newAnswer, takenAnswer);
        Assert.Contains("Check your email to finish", newAnswer, StringComparison.Ordinal);
        Assert.Contains(AccountEmails.ConfirmPrefix, Mailbox.To(app.Factory, newEmail).Single(), StringComparison.Ordinal);
        var notice = Mailbox.To(app.Factory, existing.Email)[^1];
        Assert.Contains("It already has one", notice, StringComparison.Ordinal);
        Assert.Contains(AccountEmails.SignInPrefix, notice, StringComparison.Ordinal);
        Assert.Contains(AccountEmails.ResetPrefix, notice, StringComparison.Ordinal);
        // The existing account keeps its own password: the form's password was not set on it.
        using var signedIn = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = existing.Email, ["Form.Password"] = existing.Password });
        Assert.Equal("/account", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task An_address_with_an_apostrophe_and_an_accent_registers_confirms_and_signs_in()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory, $"o'neil.josé-{Guid.NewGuid():N}@example.test");

        using var account = await patient.Client.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
    }

    [Fact]
    public async Task A_short_password_comes_back_beside_its_field_with_the_email_kept()
    {
        using var client = app.Factory.CreateClient();

        var shortPassword = await SubmitAsync(client, "/account/register", new()
        {
            ["Form.Email"] = "new-person@example.test", ["Form.Password"] = "short", ["Form.ConfirmPassword"] = "short",
        });
        Assert.Contains("at least 12 characters", shortPassword.QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("new-person@example.test", ((IHtmlInputElement)shortPassword.QuerySelector("#email")!).Value);
        Assert.Equal("#password", shortPassword.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_with_the_same_message_and_mail_the_owner_how_to_unlock()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        using var client = app.Factory.CreateClient();
        var unknown = await SubmitAsync(client, "/account/sign-in", new() { ["Form.Email"] = $"nobody-{Guid.NewGuid():N}@example.test", ["Form.Password"] = "wrong password 0" });
        var refusal = unknown.QuerySelector("#password-error")!.TextContent;

        for (var i = 0; i < 5; i++)
        {
            var wrong = await SubmitAsync(client, "/account/sign-in", new() { ["Form.Email"] = patient.Email, ["Form.Password"] = $"wrong password {i}" });
            Assert.Equal(refusal, wrong.QuerySelector("#password-error")!.TextContent);
        }

        var right = await SubmitAsync(client, "/account/sign-in", new() { ["Form.Email"] = patient.Email, ["Form.Password"] = patient.Password });
        Assert.Equal(refusal, right.QuerySelector("#password-error")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await NoRedirectClient().GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);

        var locked = Mailbox.To(app.Factory, patient.Email).Single(m => m.Contains("is locked for 15 minutes", StringComparison.Ordinal));
        Assert.Contains("Subject: Your MassageCoverage account is locked for 15 minutes", locked, StringComparison.Ordinal);
        var reset = Mailbox.Link(app.Factory, patient.Email, AccountEmails.ResetPrefix);
        var done = await SubmitAsync(client, reset.PathAndQuery, new() { ["Password"] = "a fresh and long passphrase" });
        Assert.Contains("Your password is changed", done.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        using var signedIn = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = patient.Email, ["Form.Password"] = "a fresh and long passphrase" });
        Assert.Equal("/account", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_page_asked_for_and_only_to_this_site()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        using var client = app.Factory.CreateClient();

        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/account", UriKind.Relative)));
        Assert.Equal("/account/sign-in", page.Location!.PathName);
        var form = (IHtmlFormElement)page.QuerySelector("main form")!;
        using var signedIn = await FormSubmitter.SubmitAsync(client, form, new Dictionary<string, string>
        {
            ["Form.Email"] = patient.Email, ["Form.Password"] = patient.Password,
        });
        Assert.Equal("/account", signedIn.RequestMessage!.RequestUri!.AbsolutePath);

        using var other = app.Factory.CreateClient();
        var evil = await HtmlPage.ParseAsync(await other.GetAsync(new Uri("/account/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", UriKind.Relative)));
        using var landed = await FormSubmitter.SubmitAsync(other, (IHtmlFormElement)evil.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Form.Email"] = patient.Email, ["Form.Password"] = patient.Password });
        Assert.Equal("localhost", landed.RequestMessage!.RequestUri!.Host);
    }

    [Fact]
    public async Task A_password_reset_link_goes_to_the_outbox_never_to_the_log_and_works_once()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        using var client = app.Factory.CreateClient();
        var sent = await SubmitAsync(client, "/account/forgot-password", new() { ["Email"] = patient.Email });
        Assert.Contains("we have sent it a link", sent.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        var link = Mailbox.Link(app.Factory, patient.Email, AccountEmails.ResetPrefix);
        Assert.DoesNotContain(app.Factory.Logs.Lines, l => l.Contains("token=", StringComparison.OrdinalIgnoreCase));

        var reset = await SubmitAsync(client, link.PathAndQuery, new() { ["Password"] = "another long passphrase" });
        Assert.Contains("Your password is changed", reset.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var again = await SubmitAsync(client, link.PathAndQuery, new() { ["Password"] = "yet another passphrase" });
        Assert.Contains("not valid any more", again.QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
        Assert.Contains("HttpOnly", string.Join(";", response.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(string Main, string Path)> RegisterAsync(HttpClient client, string email)
    {
        using var response = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/register"), new Dictionary<string, string>
        {
            ["Form.Email"] = email, ["Form.Password"] = "a registration passphrase", ["Form.ConfirmPassword"] = "a registration passphrase",
        });
        var page = await HtmlPage.ParseAsync(response);
        return (page.QuerySelector("main")!.InnerHtml, response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private HttpClient NoRedirectClient() => app.Factory.CreateClient(new() { AllowAutoRedirect = false });

    private static async Task<IHtmlDocument> SubmitAsync(HttpClient client, string url, Dictionary<string, string> answers)
    {
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
        using var response = await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)page.QuerySelector("main form")!, answers);
        return await HtmlPage.ParseAsync(response);
    }
}
