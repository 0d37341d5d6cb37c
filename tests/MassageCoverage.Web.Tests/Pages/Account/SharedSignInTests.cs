using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Account;

/// <summary>Two instances of the app on one database: the data-protection keys live in PostgreSQL, so both read one cookie.</summary>
public class SharedSignInTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_sign_in_on_one_instance_is_honoured_by_another()
    {
        await using var first = new AppFactory(_database.ConnectionString);
        await first.InitializeDatabaseAsync();
        await using var second = new AppFactory(_database.ConnectionString);
        await second.InitializeDatabaseAsync();

        await PatientSession.RegisterAsync(first, "two-instances@example.test");
        using var client = first.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative)));
        using var signedIn = await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)page.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Form.Email"] = "two-instances@example.test", ["Form.Password"] = PatientSession.DefaultPassword });
        var authCookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mc.auth=", StringComparison.Ordinal)).Split(';')[0];

        using var other = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account", UriKind.Relative));
        request.Headers.Add("Cookie", authCookie);
        using var response = await other.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("two-instances@example.test", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var scope = second.Services.CreateScope();
        var keys = await scope.ServiceProvider.GetRequiredService<CoverageDbContext>().DataProtectionKeys.ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Contains("<key ", k.Xml, StringComparison.Ordinal));
    }
}
