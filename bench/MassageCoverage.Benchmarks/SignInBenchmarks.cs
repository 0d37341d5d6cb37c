using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Benchmarks;

/// <summary>
/// A refused sign-in over the whole HTTP pipeline, for an email that has an account and for one that has none: the
/// two must cost the same (one password hash each), or the time taken tells an attacker which addresses are real.
/// The known account has lockout turned off so that every iteration meets the same account.
/// </summary>
public partial class SignInBenchmarks
{
    private const string KnownEmail = "known@example.test";
    private TestDatabase _database = null!;
    private AppFactory _factory = null!;
    private HttpClient _client = null!;
    private string _token = "";

    [GlobalSetup]
    public void Setup()
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MASSAGECOVERAGE_WEB", ApiBenchmarks.WebProjectDirectory());
        _database = TestDatabase.CreateAsync().GetAwaiter().GetResult();
        _factory = new AppFactory(_database.ConnectionString);
        _factory.InitializeDatabaseAsync().GetAwaiter().GetResult();
        using (var scope = _factory.Services.CreateScope())
        {
            var user = scope.ServiceProvider.GetRequiredService<AccountSeeder>().CreateAsync(KnownEmail, "a long enough passphrase", Roles.Patient).GetAwaiter().GetResult();
            scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().SetLockoutEnabledAsync(user, false).GetAwaiter().GetResult();
        }

        _client = _factory.CreateClient();
        var form = _client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative)).GetAwaiter().GetResult();
        _token = TokenPattern().Match(form).Groups[1].Value;
        if (SignIn(KnownEmail).GetAwaiter().GetResult() != HttpStatusCode.OK)
        {
            throw new InvalidOperationException("The benchmark's sign-in is not answered with the form.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _factory.Dispose();
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<HttpStatusCode> KnownEmailWrongPassword() => SignIn(KnownEmail);

    [Benchmark]
    public Task<HttpStatusCode> UnknownEmail() => SignIn("nobody@example.test");

    private async Task<HttpStatusCode> SignIn(string email)
    {
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Email"] = email, ["Form.Password"] = "not the password at all", ["__RequestVerificationToken"] = _token,
        });
        using var response = await _client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), body);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
