using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Hosting.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MassageCoverage.Web.Tests.Pages.Account;

/// <summary>Each test runs its own app: a clock that can be moved, or a low rate limit, must not leak into others.</summary>
public class SessionLimitsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Fifteen_idle_minutes_sign_the_patient_out_while_activity_keeps_them_in()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = await StartAsync(new AppFactory(_database.ConnectionString)
        {
            ConfigureTestServices = services => services.AddSingleton<TimeProvider>(clock),
        });
        var patient = await PatientSession.RegisterAsync(factory);

        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal("/account", await LandsOnAsync(patient.Client, "/account"));
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal("/account", await LandsOnAsync(patient.Client, "/account"));

        clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal("/account/sign-in", await LandsOnAsync(patient.Client, "/account"));
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_client_get_a_clear_429_page()
    {
        await using var factory = await StartAsync(new AppFactory(_database.ConnectionString) { AccountPermitsPerMinute = 3 });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        string? lastPage = null;
        for (var i = 0; i < 4; i++)
        {
            var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative)));
            using var response = await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)page.QuerySelector("main form")!,
                new Dictionary<string, string> { ["Form.Email"] = "nobody@example.test", ["Form.Password"] = "not the password" });
            statuses.Add(response.StatusCode);
            lastPage = await response.Content.ReadAsStringAsync();
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Too many attempts", lastPage, StringComparison.Ordinal);
        Assert.Contains("Wait one minute", lastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_admin_makes_an_admin_and_never_logs_the_password()
    {
        await using var factory = await StartAsync(new AppFactory(_database.ConnectionString));
        using var output = new StringWriter();
        using var error = new StringWriter();
        Environment.SetEnvironmentVariable(AccountCommands.PasswordVariable, null);

        var exit = await CommandLine.RunAsync(factory.Services, ["create-admin", "boss@example.test"], output, error);

        Assert.Equal(0, exit);
        var password = output.ToString().Split("Password (shown once, keep it safe): ")[1].Trim();
        Assert.Equal(20, password.Length);
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(password, StringComparison.Ordinal));
        using var client = factory.CreateClient();
        var signIn = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative)));
        using var signedIn = await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)signIn.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Form.Email"] = "boss@example.test", ["Form.Password"] = password });
        // Signed in: an admin lands on the admin console, which first asks for two-factor sign-in to be set up.
        Assert.Equal("/account/two-factor/set-up", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private static async Task<AppFactory> StartAsync(AppFactory factory)
    {
        await factory.InitializeDatabaseAsync();
        return factory;
    }

    private static async Task<string> LandsOnAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.RequestMessage!.RequestUri!.AbsolutePath;
    }
}
