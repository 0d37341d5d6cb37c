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

    /// <summary>Uploads a catalog file through the import page's own form, as a browser would, for its preview.</summary>
    public async Task<IHtmlDocument> UploadAsync(string json)
    {
        var page = await PageAsync("/staff/import");
        var form = (IHtmlFormElement)page.QuerySelector("#upload-form")!;
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json)), "file", "catalog.json" },
        };
        var action = new Uri(new Uri(page.Url), form.Action).PathAndQuery;
        using var response = await Client.PostAsync(new Uri(action, UriKind.Relative), content);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await HtmlPage.ParseAsync(response);
    }

    /// <summary>Posts the preview's Apply form, with <paramref name="answers"/> over its fields.</summary>
    public async Task<IHtmlDocument> ApplyAsync(IHtmlDocument preview, IReadOnlyDictionary<string, string>? answers = null)
    {
        using var response = await FormSubmitter.SubmitAsync(Client, (IHtmlFormElement)preview.QuerySelector("#apply-form")!,
            answers ?? new Dictionary<string, string>());
        return await HtmlPage.ParseAsync(response);
    }

    public static Dictionary<string, string> NewPlan(string code) => new()
    {
        ["Form.Code"] = code, ["Form.Insurer"] = "Testwood Health", ["Form.Name"] = $"Plan {code}",
        ["Form.PlanType"] = "private", ["Form.States"] = "co, wy", ["Form.NetworkType"] = "ppo",
    };

    public static string NewCode() => $"test-{Guid.NewGuid():N}"[..20];
}
