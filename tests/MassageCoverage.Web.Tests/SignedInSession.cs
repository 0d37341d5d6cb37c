using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests;

/// <summary>
/// A staff member or admin created the way the CLI does, with an authenticator app set up, then signed in through the
/// real forms: the password, then the code computed from the shared secret.
/// </summary>
internal static class SignedInSession
{
    public const string Password = TestAccounts.Password;

    public static async Task<HttpClient> AsAsync(AppFactory factory, string role, string? email = null) =>
        (await SignInAsync(factory, role, email)).Client;

    public static async Task<(HttpClient Client, string UserId)> SignInAsync(AppFactory factory, string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        var (id, key) = await TestAccounts.CreateAsync(factory, email, role);
        var client = factory.CreateClient();
        await SignInWithCodeAsync(client, email, Password, key!);
        return (client, id);
    }

    /// <summary>Signs in with the password and a code from the authenticator key; fails the test if either is refused.</summary>
    public static async Task SignInWithCodeAsync(HttpClient client, string email, string password, string key)
    {
        using var response = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = password });
        Assert.Equal("/account/sign-in/two-factor", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await HtmlPage.ParseAsync(response);
        using var signedIn = await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)page.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.DoesNotContain("/account/sign-in", signedIn.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    /// <summary>GETs a page and returns the form matching the selector, ready for <see cref="FormSubmitter"/>.</summary>
    public static async Task<IHtmlFormElement> FormAsync(this HttpClient client, string url, string selector = "main form")
    {
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
        return (IHtmlFormElement)(page.QuerySelector(selector) ?? throw new InvalidOperationException($"No {selector} on {url}."));
    }
}
