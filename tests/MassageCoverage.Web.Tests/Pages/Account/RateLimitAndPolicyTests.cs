using System.Net;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;

namespace MassageCoverage.Web.Tests.Pages.Account;

/// <summary>Each test runs its own app: a low limit or a changed setting must not leak into other tests.</summary>
public class RateLimitAndPolicyTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_account_with_Retry_After_and_other_accounts_sign_in_meanwhile()
    {
        await using var factory = new AppFactory(_database.ConnectionString) { SignInPerAccountPerMinute = 3 };
        await factory.InitializeDatabaseAsync();
        var patient = await PatientSession.RegisterAsync(factory);
        using var attacker = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await FormSubmitter.SubmitAsync(attacker, await attacker.FormAsync("/account/sign-in"),
                new Dictionary<string, string> { ["Form.Email"] = patient.Email, ["Form.Password"] = $"guess number {i} of many" });
            statuses.Add(last.StatusCode);
        }

        // The third attempt used the registration's sign-in's allowance too: that was the first of three.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.TryParse(last!.Headers.GetValues("Retry-After").Single(), out var seconds) && seconds is > 0 and <= 60);
        var page = await HtmlPage.ParseAsync(last);
        Assert.Contains("too many sign-in attempts for this account", page.QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);
        last.Dispose();

        var neighbour = await PatientSession.RegisterAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await neighbour.Client.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Registration_reset_and_sign_in_each_have_their_own_allowance_per_address()
    {
        await using var factory = new AppFactory(_database.ConnectionString) { AccountPermitsPerMinute = 2 };
        await factory.InitializeDatabaseAsync();
        using var client = factory.CreateClient();

        var registrations = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/register"), new Dictionary<string, string>
            {
                ["Form.Email"] = $"router-{i}-{Guid.NewGuid():N}@example.test", ["Form.Password"] = "a long enough passphrase", ["Form.ConfirmPassword"] = "a long enough passphrase",
            });
            registrations.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], registrations);
        using var signIn = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = "nobody@example.test", ["Form.Password"] = "not the password" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        using var reset = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/forgot-password"),
            new Dictionary<string, string> { ["Email"] = "nobody@example.test" });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
    }

    [Fact]
    public async Task On_a_closed_network_that_turns_two_factor_off_staff_reach_the_console_with_a_password()
    {
        await using var factory = new AppFactory(_database.ConnectionString) { RequireTwoFactorForStaff = false };
        await factory.InitializeDatabaseAsync();
        var email = $"admin-{Guid.NewGuid():N}@example.test";
        await TestAccounts.CreateAsync(factory, email, Roles.Admin, twoFactor: false);
        using var client = factory.CreateClient();
        using (await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = TestAccounts.Password }))
        {
        }

        using var users = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));

        Assert.Equal("/admin/users", users.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("not required", (await HtmlPage.ParseAsync(users)).QuerySelector("#two-factor-policy")!.TextContent, StringComparison.Ordinal);
    }
}
