using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Account;

/// <summary>Codes are computed from the shared secret as an authenticator app would (<see cref="Totp"/>).</summary>
[Collection(AppCollectionDefinition.Name)]
public class TwoFactorTests(AppFixture app)
{
    [Theory]
    [InlineData(Roles.Staff, "/staff")]
    [InlineData(Roles.Admin, "/admin/users")]
    public async Task Staff_and_admins_set_up_an_authenticator_before_the_console_and_then_reach_it(string role, string console)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        var (id, _) = await TestAccounts.CreateAsync(app.Factory, email, role, twoFactor: false);
        using var client = app.Factory.CreateClient();
        using (var signedIn = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = TestAccounts.Password }))
        {
            // The console it lands on asks for the authenticator first.
            Assert.Equal("/account/two-factor/set-up", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        }

        using var sent = await client.GetAsync(new Uri(console, UriKind.Relative));
        Assert.Equal("/account/two-factor/set-up", sent.RequestMessage!.RequestUri!.AbsolutePath);
        var setUp = await HtmlPage.ParseAsync(sent);
        Assert.StartsWith("data:image/png;base64,", setUp.QuerySelector("img.qr-code")!.GetAttribute("src"), StringComparison.Ordinal);
        var key = setUp.QuerySelector("#authenticator-key")!.TextContent;

        var wrong = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)setUp.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Code"] = WrongCode(key) }));
        Assert.Contains("That code is not right", wrong.QuerySelector("#code-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(key, wrong.QuerySelector("#authenticator-key")!.TextContent);

        var on = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)wrong.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Code"] = Spaced(Totp.Code(key, DateTimeOffset.UtcNow)) }));
        Assert.Equal(10, on.QuerySelectorAll("#recovery-codes li").Length);
        Assert.Equal(console, on.QuerySelector("main a.btn-primary")!.GetAttribute("href"));
        using var reached = await client.GetAsync(new Uri(console, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, reached.StatusCode);
        Assert.Equal(console, reached.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await app.Factory.DbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == id && a.Action == TwoFactorAudit.On)));
    }

    [Fact]
    public async Task Sign_in_asks_for_the_code_and_a_remembered_device_skips_it_for_30_days()
    {
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        var (_, key) = await TestAccounts.CreateAsync(app.Factory, email, Roles.Staff);
        using var client = app.Factory.CreateClient();

        var codePage = await PasswordAsync(client, email);
        var wrong = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)codePage.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Code"] = WrongCode(key!) }));
        Assert.Contains("That code is not right", wrong.QuerySelector("#code-error")!.TextContent, StringComparison.Ordinal);

        using var signedIn = await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)wrong.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Code"] = Totp.Code(key!, DateTimeOffset.UtcNow), ["rememberDevice"] = "true" });
        Assert.Equal("/staff", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/staff", UriKind.Relative))).StatusCode);

        await SignOutAsync(client);
        using var again = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = TestAccounts.Password });
        Assert.Equal("/staff", again.RequestMessage!.RequestUri!.AbsolutePath);

        using var elsewhere = app.Factory.CreateClient();
        Assert.NotNull((await PasswordAsync(elsewhere, email)).QuerySelector("#code"));
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_and_mail_the_owner_once()
    {
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        var (_, key) = await TestAccounts.CreateAsync(app.Factory, email, Roles.Staff);
        using var client = app.Factory.CreateClient();
        var page = await PasswordAsync(client, email);

        for (var i = 0; i < 6; i++)
        {
            page = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)page.QuerySelector("main form")!,
                new Dictionary<string, string> { ["Code"] = WrongCode(key!) }));
        }

        Assert.Contains("locked for a while", page.QuerySelector("#code-error")!.TextContent, StringComparison.Ordinal);
        Assert.Single(Mailbox.To(app.Factory, email), m => m.Contains("is locked for 15 minutes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_remembered_device_cookie_lasts_30_days()
    {
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        var (_, key) = await TestAccounts.CreateAsync(app.Factory, email, Roles.Staff);
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var password = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = TestAccounts.Password });

        using var signedIn = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in/two-factor"),
            new Dictionary<string, string> { ["Code"] = Totp.Code(key!, DateTimeOffset.UtcNow), ["rememberDevice"] = "true" });

        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mc.2fa-device=", StringComparison.Ordinal));
        var expires = DateTimeOffset.Parse(cookie.Split("expires=", StringSplitOptions.None)[1].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromDays(29.9), TimeSpan.FromDays(30.1));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.test";
        await TestAccounts.CreateAsync(app.Factory, email, Roles.Admin);
        List<string> codes;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            codes = [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByEmailAsync(email))!, 10))!];
        }
        using var client = app.Factory.CreateClient();

        await PasswordAsync(client, email);
        using var signedIn = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in/two-factor?recovery=true"),
            new Dictionary<string, string> { ["Code"] = codes[0] });
        Assert.Equal("/admin", signedIn.RequestMessage!.RequestUri!.AbsolutePath);

        await SignOutAsync(client);
        await PasswordAsync(client, email);
        var refused = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in/two-factor?recovery=true"),
            new Dictionary<string, string> { ["Code"] = codes[0] }));
        Assert.Contains("used already", refused.QuerySelector("#code-error")!.TextContent, StringComparison.Ordinal);
        var manage = await HtmlPage.ParseAsync(await (await SignedInSession.AsAsync(app.Factory, Roles.Staff)).GetAsync(new Uri("/account/two-factor", UriKind.Relative)));
        Assert.Contains("is on", manage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(manage.QuerySelector("button.btn-outline-danger"));
    }

    [Fact]
    public async Task A_patient_may_turn_two_factor_sign_in_on_and_off()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var setUp = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account/two-factor/set-up", UriKind.Relative)));
        var key = setUp.QuerySelector("#authenticator-key")!.TextContent;
        using (await FormSubmitter.SubmitAsync(patient.Client, (IHtmlFormElement)setUp.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }))
        {
        }

        await SignOutAsync(patient.Client);
        var codePage = await PasswordAsync(patient.Client, patient.Email, patient.Password);
        using var signedIn = await FormSubmitter.SubmitAsync(patient.Client, (IHtmlFormElement)codePage.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal("/account", signedIn.RequestMessage!.RequestUri!.AbsolutePath);

        var refused = await HtmlPage.ParseAsync(await FormSubmitter.SubmitAsync(patient.Client,
            await patient.Client.FormAsync("/account/two-factor", "form[action*='TurnOff']"), new Dictionary<string, string> { ["Code"] = WrongCode(key) }));
        Assert.Contains("That code is not right", refused.QuerySelector("#code-error")!.TextContent, StringComparison.Ordinal);
        using var off = await FormSubmitter.SubmitAsync(patient.Client, await patient.Client.FormAsync("/account/two-factor", "form[action*='TurnOff']"),
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Contains("Two-factor sign-in is off", (await HtmlPage.ParseAsync(off)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        await SignOutAsync(patient.Client);
        using var passwordOnly = await FormSubmitter.SubmitAsync(patient.Client, await patient.Client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = patient.Email, ["Form.Password"] = patient.Password });
        Assert.Equal("/account", passwordOnly.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task The_admin_console_says_two_factor_is_required_and_who_has_it()
    {
        var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        await TestAccounts.CreateAsync(app.Factory, email, Roles.Staff, twoFactor: false);

        var users = await HtmlPage.ParseAsync(await admin.GetAsync(new Uri($"/admin/users?q={email}", UriKind.Relative)));

        Assert.Contains("required", users.QuerySelector("#two-factor-policy")!.TextContent, StringComparison.Ordinal);
        var cell = users.QuerySelector($"tr[data-user='{email}'] .two-factor-cell")!;
        Assert.StartsWith("Not set up", cell.TextContent, StringComparison.Ordinal);
        Assert.Equal("Required", cell.QuerySelector(".two-factor-required")!.TextContent);
    }

    private static async Task<IHtmlDocument> PasswordAsync(HttpClient client, string email, string password = TestAccounts.Password)
    {
        using var response = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = password });
        Assert.Equal("/account/sign-in/two-factor", response.RequestMessage!.RequestUri!.AbsolutePath);
        return await HtmlPage.ParseAsync(response);
    }

    private static async Task SignOutAsync(HttpClient client)
    {
        using var response = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account", "form[action='/account/sign-out']"), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A code from none of the steps Identity accepts around now.</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var near = Enumerable.Range(-3, 7).Select(s => Totp.Code(key, now.AddSeconds(30 * s))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => $"{i}{i}{i}{i}{i}{i}").First(c => !near.Contains(c));
    }

    private static string Spaced(string code) => $"{code[..3]} {code[3..]}";
}
