using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts.Mail;
using MassageCoverage.Web.Tests.Language;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

/// <summary>
/// "Sign in to save this check" for someone with no account yet: creating one, confirming it and signing in lands them
/// back on the same check, and saving it says it saved.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class SaveFromResultTests(AppFixture app)
{
    [Fact]
    public async Task A_new_patient_who_chose_to_save_a_check_is_brought_back_to_it_and_told_it_is_saved()
    {
        using var client = app.Factory.CreateClient();
        var email = $"saver-{Guid.NewGuid():N}@example.test";
        var result = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(SpanishPagesTests.Covered, UriKind.Relative)));

        var signIn = await FollowAsync(client, result.QuerySelector("#sign-in-to-save")!);
        var register = await FollowAsync(client, signIn.QuerySelectorAll("main a").First(a => a.TextContent == "Create an account"));
        using (await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)register.QuerySelector("main form")!, new Dictionary<string, string>
        {
            ["Form.Email"] = email, ["Form.Password"] = PatientSession.DefaultPassword, ["Form.ConfirmPassword"] = PatientSession.DefaultPassword,
        }))
        {
        }

        var link = Mailbox.Link(app.Factory, email, AccountEmails.ConfirmPrefix);
        Assert.Contains("returnUrl=", link.Query, StringComparison.Ordinal);
        using var confirmed = await FormSubmitter.SubmitAsync(client, await client.FormAsync(link.PathAndQuery), new Dictionary<string, string>());
        var signInAgain = await FollowAsync(client, (await HtmlPage.ParseAsync(confirmed)).QuerySelectorAll("main a").First(a => a.TextContent == "Sign in"));
        using var signedIn = await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)signInAgain.QuerySelector("main form")!,
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = PatientSession.DefaultPassword });

        Assert.Equal(SpanishPagesTests.Covered, signedIn.RequestMessage!.RequestUri!.PathAndQuery);
        var back = await HtmlPage.ParseAsync(signedIn);
        using var saved = await FormSubmitter.SubmitAsync(client, (IHtmlFormElement)back.QuerySelector("form.save-check")!, new Dictionary<string, string>());
        var page = await HtmlPage.ParseAsync(saved);
        Assert.Matches("^/account/checks/[0-9]+$", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Saved to your account. Only you can see it.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal("Covered", page.QuerySelector(".badge-large span")!.TextContent);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task A_return_address_of_another_site_is_dropped_from_the_confirmation_link(string returnUrl)
    {
        using var client = app.Factory.CreateClient();
        var email = $"saver-{Guid.NewGuid():N}@example.test";

        using (await FormSubmitter.SubmitAsync(client, await client.FormAsync($"/account/register?returnUrl={Uri.EscapeDataString(returnUrl)}"),
            new Dictionary<string, string>
            {
                ["Form.Email"] = email, ["Form.Password"] = PatientSession.DefaultPassword, ["Form.ConfirmPassword"] = PatientSession.DefaultPassword,
            }))
        {
        }

        Assert.DoesNotContain("returnUrl", Mailbox.Link(app.Factory, email, AccountEmails.ConfirmPrefix).Query, StringComparison.Ordinal);
    }

    private static async Task<IHtmlDocument> FollowAsync(HttpClient client, AngleSharp.Dom.IElement link) =>
        await HtmlPage.ParseAsync(await client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative)));
}
