using System.Net;
using AngleSharp.Html.Parser;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Language;

/// <summary>
/// How a page's language is chosen: the browser's languages on a first visit, then the header's link, remembered in
/// a cookie and, for someone signed in, in their account, which follows them to another browser.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class LanguageChoiceTests(AppFixture app)
{
    [Theory]
    [InlineData(null, "en")]
    [InlineData("es", "es")]
    [InlineData("es-MX,es;q=0.9,en;q=0.8", "es")]
    [InlineData("fr-FR,fr;q=0.9,es;q=0.6,en;q=0.5", "es")]
    [InlineData("en-GB,en;q=0.9,es;q=0.5", "en")]
    [InlineData("fr, de", "en")]
    [InlineData("en;q=0.2, es;q=0.8", "es")]
    public async Task A_first_visit_reads_the_browsers_languages(string? acceptLanguage, string language)
    {
        using var client = app.Factory.CreateClient();
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        Assert.Equal(language, await LanguageOfAsync(client, "/check"));
    }

    [Fact]
    public async Task The_headers_link_switches_the_language_goes_back_to_the_same_page_and_is_remembered()
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "en-US");
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/medicaid?sort=Status", UriKind.Relative)));
        var link = page.QuerySelector("a.language-switch")!.GetAttribute("href")!;
        Assert.Equal("/language/es?returnUrl=%2Fmedicaid%3Fsort%3DStatus", link);

        using var switched = await client.GetAsync(new Uri(link, UriKind.Relative));

        Assert.Equal("/medicaid?sort=Status", switched.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal("es", (await HtmlPage.ParseAsync(switched)).DocumentElement.GetAttribute("lang"));
        // The choice outlasts what the browser asks for, on every page.
        Assert.Equal("es", await LanguageOfAsync(client, "/"));
        Assert.Equal("es", await LanguageOfAsync(client, "/account/sign-in"));
        using (await client.GetAsync(new Uri("/language/en?returnUrl=/", UriKind.Relative)))
        {
        }

        Assert.Equal("en", await LanguageOfAsync(client, "/check"));
    }

    [Theory]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("", "/")]
    [InlineData("/check?coverage=medicaid", "/check?coverage=medicaid")]
    public async Task The_switch_goes_back_only_to_a_page_of_this_site(string returnUrl, string landed)
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri($"/language/es?returnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(landed, response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Des-US%7Cuic%3Des-US;", StringComparison.Ordinal)
            && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=lax", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es-MX")]
    [InlineData("english")]
    public async Task A_language_the_site_does_not_speak_is_not_found(string language)
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri($"/language/{language}?returnUrl=/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_signed_in_patients_choice_is_kept_in_their_account_and_follows_them_to_another_browser()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        using (await patient.Client.GetAsync(new Uri("/language/es?returnUrl=/account", UriKind.Relative)))
        {
        }

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
            Assert.Equal("es", await db.Users.Where(u => u.Email == patient.Email).Select(u => u.Language).SingleAsync());
        }

        // A browser that asks for English, and has never chosen: signing in brings the account's language.
        using var other = app.Factory.CreateClient();
        other.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "en-US");
        using (await FormSubmitter.SubmitAsync(other, await other.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = patient.Email, ["Form.Password"] = patient.Password }))
        {
        }

        Assert.Equal("es", await LanguageOfAsync(other, "/account"));
        Assert.Equal("es", await LanguageOfAsync(other, "/check"));
    }

    [Theory]
    [InlineData("/staff")]
    [InlineData("/admin/medicaid")]
    [InlineData("/admin/medicaid/CO")]
    public async Task The_consoles_stay_English_for_an_admin_who_reads_Spanish(string url)
    {
        var admin = await SignedInSession.AsAsync(app.Factory, "Admin");
        admin.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "es");
        using (await admin.GetAsync(new Uri("/language/es?returnUrl=/", UriKind.Relative)))
        {
        }

        var page = await HtmlPage.ParseAsync(await admin.GetAsync(new Uri(url, UriKind.Relative)));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Null(page.QuerySelector("a.language-switch"));
        Assert.Empty(page.QuerySelectorAll("[lang=es]"));
        Assert.Equal("es", await LanguageOfAsync(admin, "/check"));
    }

    [Fact]
    public async Task A_page_kept_in_memory_is_kept_once_per_language()
    {
        using var english = app.Factory.CreateClient();
        using var spanish = app.Factory.CreateClient();
        spanish.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "es");

        foreach (var _ in Enumerable.Range(0, 2))
        {
            Assert.Equal("en", await LanguageOfAsync(english, "/medicaid"));
            Assert.Equal("es", await LanguageOfAsync(spanish, "/medicaid"));
            Assert.Equal("en", await LanguageOfAsync(english, "/"));
            Assert.Equal("es", await LanguageOfAsync(spanish, "/"));
        }
    }

    [Fact]
    public async Task The_API_answers_in_the_language_asked_for_with_its_codes_unchanged()
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "es");

        using var response = await client.PostCheckAsync(CheckBodies.AcmeGoldAllMet());
        var json = await response.OkJsonAsync();

        Assert.Equal("covered", json.GetProperty("decision").GetString());
        Assert.Equal("covers", json.GetProperty("summaryCode").GetString());
        Assert.Contains("cubre CPT 97124 (masaje)", json.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("es-US", response.Content.Headers.ContentLanguage.Single());
    }

    private static async Task<string?> LanguageOfAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        return new HtmlParser().ParseDocument(html).DocumentElement.GetAttribute("lang");
    }
}
