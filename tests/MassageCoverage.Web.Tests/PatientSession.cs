using AngleSharp.Html.Dom;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests;

/// <summary>A patient who registered through the real form; the client holds their sign-in cookie.</summary>
internal sealed record PatientSession(HttpClient Client, string Email, string Password)
{
    public const string DefaultPassword = "a long enough passphrase";

    public static async Task<PatientSession> RegisterAsync(AppFactory factory, string? email = null)
    {
        var client = factory.CreateClient();
        email ??= $"patient-{Guid.NewGuid():N}@example.test";
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/account/register", UriKind.Relative)));
        var form = (IHtmlFormElement)page.QuerySelector("main form")!;
        using var response = await FormSubmitter.SubmitAsync(client, form, new Dictionary<string, string>
        {
            ["Form.Email"] = email, ["Form.Password"] = DefaultPassword, ["Form.ConfirmPassword"] = DefaultPassword,
        });
        Assert.Equal("/account", response.RequestMessage!.RequestUri!.AbsolutePath);
        return new PatientSession(client, email, DefaultPassword);
    }

    /// <summary>GETs a page and returns its first form inside main, ready for <see cref="FormSubmitter"/>.</summary>
    public async Task<IHtmlFormElement> FormAsync(string url, string selector = "main form")
    {
        var page = await HtmlPage.ParseAsync(await Client.GetAsync(new Uri(url, UriKind.Relative)));
        return (IHtmlFormElement)(page.QuerySelector(selector) ?? throw new InvalidOperationException($"No {selector} on {url}."));
    }
}
