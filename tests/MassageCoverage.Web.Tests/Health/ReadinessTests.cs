using System.Net;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Health;

/// <summary>Stops and restarts a PostgreSQL cluster of its own, so it never disturbs the shared one.</summary>
public class ReadinessTests : OwnDatabaseTests
{
    protected override bool OwnCluster => true;

    [Fact]
    public async Task Ready_follows_theDatabase_down_and_back_up_while_pages_stay_friendly()
    {
        using var client = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

        var signIn = await client.FormAsync("/account/sign-in");
        await Database.Cluster!.StopAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        // What the catalog snapshot holds keeps answering; a page that needs the database says it is unavailable.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/medicaid", UriKind.Relative))).StatusCode);
        using var page = await SignInAsync(client, signIn);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Temporarily unavailable", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html, StringComparison.Ordinal);

        await Database.Cluster.StartAsync();

        Assert.Equal(HttpStatusCode.OK, await PollReadyAsync(client, TimeSpan.FromSeconds(30)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/medicaid", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_page_during_an_outage_is_logged_with_the_503_its_visitor_got()
    {
        using var client = Factory.CreateClient();
        var signIn = await client.FormAsync("/account/sign-in");
        await Database.Cluster!.StopAsync();

        using var page = await SignInAsync(client, signIn);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        var line = await Factory.Logs.WaitForAsync(l => l.StartsWith("HTTP \"POST\" \"/account/sign-in\" responded", StringComparison.Ordinal));
        Assert.NotNull(line);
        Assert.StartsWith("HTTP \"POST\" \"/account/sign-in\" responded 503", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Factory.Logs.Lines, l => l.Contains("responded 500", StringComparison.Ordinal));

        await Database.Cluster.StartAsync();
    }

    /// <summary>A sign-in looks the account up in the database, whatever the snapshot holds.</summary>
    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlFormElement form) =>
        FormSubmitter.SubmitAsync(client, form, new Dictionary<string, string>
        {
            ["Form.Email"] = "nobody@example.test", ["Form.Password"] = "a long enough passphrase",
        });

    [Fact]
    public async Task Ready_is_503_while_migrations_are_pending()
    {
        await using var empty = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(empty.ConnectionString);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        await factory.InitializeDatabaseAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }

    /// <summary>Asks /health/ready until it answers 200 or the time is up; the last status it gave.</summary>
    internal static async Task<HttpStatusCode> PollReadyAsync(HttpClient client, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode;
            if (status == HttpStatusCode.OK)
            {
                break;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < until);
        return status;
    }
}
