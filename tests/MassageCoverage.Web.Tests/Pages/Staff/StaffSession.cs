using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Staff;

/// <summary>A staff member or admin created with the seeder and signed in through the real form.</summary>
internal sealed record StaffSession(HttpClient Client, string UserId)
{
    public static async Task<StaffSession> SignInAsync(AppFactory factory, string role = Roles.Staff)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        const string password = "a long enough staff passphrase";
        string id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<AccountSeeder>().CreateAsync(email, password, role)).Id;
        }

        var client = factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative)));
        using var response = await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)page.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = password });
        Assert.NotEqual("/account/sign-in", response.RequestMessage!.RequestUri!.AbsolutePath);
        return new StaffSession(client, id);
    }

    public async Task<IHtmlDocument> PageAsync(string url) =>
        await HtmlPage.ParseAsync(await Client.GetAsync(new Uri(url, UriKind.Relative)));

    public async Task<IHtmlFormElement> FormAsync(string url, string selector = "main form[method=post]") =>
        (IHtmlFormElement)((await PageAsync(url)).QuerySelector(selector) ?? throw new InvalidOperationException($"No {selector} on {url}."));

    public async Task<IHtmlDocument> SubmitAsync(string url, IReadOnlyDictionary<string, string> answers, string? button = null)
    {
        using var response = await FormSubmitter.SubmitAsync(Client, await FormAsync(url), answers, button);
        return await HtmlPage.ParseAsync(response);
    }

    public static Dictionary<string, string> NewPlan(string code) => new()
    {
        ["Form.Code"] = code, ["Form.Insurer"] = "Testwood Health", ["Form.Name"] = $"Plan {code}",
        ["Form.PlanType"] = "private", ["Form.States"] = "co, wy", ["Form.NetworkType"] = "ppo",
    };

    public static string NewCode() => $"test-{Guid.NewGuid():N}"[..20];
}
