using System.Net;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task Links_in_messages_point_at_the_configured_site_whatever_Host_the_request_names()
    {
        await using var factory = new AppFactory(_database.ConnectionString)
        {
            Settings = new Dictionary<string, string> { ["Site:PublicBaseUrl"] = "https://coverage.example.org/" },
        };
        await factory.InitializeDatabaseAsync();
        var patient = await PatientSession.RegisterAsync(factory);
        using var client = factory.CreateClient();
        var form = await client.FormAsync("/account/forgot-password");
        client.DefaultRequestHeaders.Host = "attacker.example";

        using (await FormSubmitter.SubmitAsync(client, form, new Dictionary<string, string> { ["Email"] = patient.Email }))
        {
        }

        var link = Mailbox.Link(factory, patient.Email, MassageCoverage.Web.Features.Accounts.Mail.AccountEmails.ResetPrefix);
        Assert.Equal("coverage.example.org", link.Host);
        Assert.Equal("https", link.Scheme);
        Assert.StartsWith("/account/reset-password?", link.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_email_a_wrong_password_and_a_locked_account_each_cost_one_password_check()
    {
        var hasher = new CountingHasher();
        await using var factory = new AppFactory(_database.ConnectionString)
        {
            ConfigureTestServices = services => services.AddSingleton<IPasswordHasher<AppUser>>(hasher),
        };
        await factory.InitializeDatabaseAsync();
        var patient = await PatientSession.RegisterAsync(factory);
        var locked = await PatientSession.RegisterAsync(factory);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(locked.Email))!, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        using var client = factory.CreateClient();
        foreach (var email in new[] { $"nobody-{Guid.NewGuid():N}@example.test", patient.Email, locked.Email })
        {
            var form = await client.FormAsync("/account/sign-in");
            var before = hasher.Verifications;
            using (await FormSubmitter.SubmitAsync(client, form, new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = "not the password at all" }))
            {
            }

            Assert.Equal(1, hasher.Verifications - before);
        }
    }

    /// <summary>The real hasher, counting how often it checks a password.</summary>
    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
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
