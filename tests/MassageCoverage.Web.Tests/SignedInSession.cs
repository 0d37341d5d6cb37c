using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests;

/// <summary>A staff member or admin created the way the CLI does, then signed in through the real form.</summary>
internal static class SignedInSession
{
    public const string Password = "a long enough passphrase";

    public static async Task<HttpClient> AsAsync(AppFactory factory, string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountSeeder>().CreateAsync(email, Password, role);
        }

        var client = factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative)));
        using var response = await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)page.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = Password });
        Assert.NotEqual("/account/sign-in", response.RequestMessage!.RequestUri!.AbsolutePath);
        return client;
    }

    /// <summary>GETs a page and returns the form matching the selector, ready for <see cref="FormSubmitter"/>.</summary>
    public static async Task<IHtmlFormElement> FormAsync(this HttpClient client, string url, string selector = "main form")
    {
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
        return (IHtmlFormElement)(page.QuerySelector(selector) ?? throw new InvalidOperationException($"No {selector} on {url}."));
    }
}
