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
        var (client, id) = await SignedInSession.SignInAsync(factory, role);
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
