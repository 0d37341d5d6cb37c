using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts.Mail;

namespace MassageCoverage.Web.Tests;

/// <summary>
/// A patient who registered through the real form, confirmed their email from the link the app sent, and signed in;
/// the client holds their sign-in cookie.
/// </summary>
internal sealed record PatientSession(HttpClient Client, string Email, string Password)
{
    public const string DefaultPassword = "a long enough passphrase";

    /// <summary>The zone a browser in New York picks on the registration form (the tests' clinic keeps UTC).</summary>
    public const string TimeZone = "America/New_York";

    public static async Task<PatientSession> RegisterAsync(AppFactory factory, string? email = null)
    {
        var client = factory.CreateClient();
        email ??= $"patient-{Guid.NewGuid():N}@example.test";
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/account/register", UriKind.Relative)));
        var form = (IHtmlFormElement)page.QuerySelector("main form")!;
        using var response = await FormSubmitter.SubmitAsync(client, form, new Dictionary<string, string>
        {
            ["Form.Email"] = email, ["Form.Password"] = DefaultPassword, ["Form.ConfirmPassword"] = DefaultPassword, ["Form.TimeZone"] = TimeZone,
        });
        Assert.Equal("/account/check-email", response.RequestMessage!.RequestUri!.AbsolutePath);
        await ConfirmAsync(factory, client, email);

        using var signedIn = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = DefaultPassword });
        Assert.Equal("/account", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        return new PatientSession(client, email, DefaultPassword);
    }

    /// <summary>Opens the newest confirmation link sent to this address and presses its button.</summary>
    public static async Task ConfirmAsync(AppFactory factory, HttpClient client, string email)
    {
        var link = Mailbox.Link(factory, email, AccountEmails.ConfirmPrefix);
        using var confirmed = await FormSubmitter.SubmitAsync(client, await client.FormAsync(link.PathAndQuery), new Dictionary<string, string>());
        var page = await HtmlPage.ParseAsync(confirmed);
        Assert.Equal("Your email address is confirmed", page.QuerySelector("h1")!.TextContent);
    }

    /// <summary>GETs a page and returns its first form inside main, ready for <see cref="FormSubmitter"/>.</summary>
    public async Task<IHtmlFormElement> FormAsync(string url, string selector = "main form")
    {
        var page = await HtmlPage.ParseAsync(await Client.GetAsync(new Uri(url, UriKind.Relative)));
        return (IHtmlFormElement)(page.QuerySelector(selector) ?? throw new InvalidOperationException($"No {selector} on {url}."));
    }
}
