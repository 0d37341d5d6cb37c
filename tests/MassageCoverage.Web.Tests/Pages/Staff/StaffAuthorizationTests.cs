using System.Globalization;
using System.Net;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Staff;

/// <summary>Every /staff route and verb for anonymous, patient, staff and admin.</summary>
[Collection(AppCollectionDefinition.Name)]
public class StaffAuthorizationTests(AppFixture app)
{
    public static TheoryData<string, string> Routes() => new()
    {
        { "GET", "/staff" },
        { "GET", "/staff/plans" },
        { "GET", "/staff/plans/new" },
        { "POST", "/staff/plans/new" },
        { "GET", "/staff/plans/acme-ppo-gold" },
        { "GET", "/staff/plans/acme-ppo-gold/edit" },
        { "POST", "/staff/plans/acme-ppo-gold/edit" },
        { "GET", "/staff/plans/acme-ppo-gold/rules/new" },
        { "POST", "/staff/plans/acme-ppo-gold/rules/new" },
        { "GET", "/staff/plans/acme-ppo-gold/rules/{first}/edit" },
        { "POST", "/staff/plans/acme-ppo-gold/rules/{first}/edit" },
        { "POST", "/staff/plans/acme-ppo-gold/rules/{first}/edit?handler=Try" },
        { "GET", "/staff/plans/acme-ppo-gold/compare?a={first}&b={second}" },
        { "GET", "/staff/import" },
        { "POST", "/staff/import?handler=Preview" },
        { "POST", "/staff/import?handler=Apply" },
        { "GET", "/staff/export" },
        { "GET", "/staff/prices" },
        { "GET", "/staff/prices/new" },
        { "POST", "/staff/prices/new" },
        { "GET", "/staff/clinic" },
        { "POST", "/staff/clinic" },
        { "GET", "/staff/discrepancies" },
        { "GET", "/staff/eligibility" },
        { "POST", "/staff/eligibility" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string verb, string path)
    {
        path = await ResolveAsync(path);
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await SendAsync(client, verb, path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Patients_are_forbidden(string verb, string path)
    {
        path = await ResolveAsync(path);
        var patient = await PatientSession.RegisterAsync(app.Factory);
        using var response = await SendAsync(patient.Client, verb, path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Staff_and_admins_may_open_every_page(string verb, string path)
    {
        path = await ResolveAsync(path);
        foreach (var role in new[] { Roles.Staff, Roles.Admin })
        {
            var staff = await StaffSession.SignInAsync(app.Factory, role);
            if (verb == "GET")
            {
                using var response = await SendAsync(staff.Client, verb, path);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            else
            {
                // A real form post (antiforgery included) that fails validation: the page answers and nothing is saved.
                if (path.StartsWith("/staff/import", StringComparison.Ordinal))
                {
                    // Nothing uploaded: the page answers with its error, and nothing is written.
                    var page = await staff.PageAsync("/staff/import");
                    var token = ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!).Value;
                    using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
                    using var import = await staff.Client.PostAsync(new Uri(path, UriKind.Relative), content);
                    Assert.Equal(HttpStatusCode.OK, import.StatusCode);
                    continue;
                }

                var tryIt = path.EndsWith("?handler=Try", StringComparison.Ordinal);
                var form = await staff.FormAsync(tryIt ? path[..path.IndexOf('?', StringComparison.Ordinal)] : path);
                var field = path.Contains("/rules/", StringComparison.Ordinal) ? "Form.Source"
                    : path.StartsWith("/staff/prices", StringComparison.Ordinal) ? "Form.Amount"
                    : path.StartsWith("/staff/clinic", StringComparison.Ordinal) ? "Form.ProviderName"
                    : path.StartsWith("/staff/eligibility", StringComparison.Ordinal) ? "Text" : "Form.Name";
                var invalid = new Dictionary<string, string> { [field] = "" };
                using var response = await FormSubmitter.SubmitAsync(staff.Client, form, invalid, tryIt ? "Try it" : null);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.DoesNotContain("/account", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>Puts the ids of acme-ppo-gold's two seeded versions into a route.</summary>
    private async Task<string> ResolveAsync(string path)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<CoverageDbContext>().Rules
            .Where(r => r.Plan!.Code == "acme-ppo-gold").OrderBy(r => r.EffectiveFrom).Select(r => r.Id).ToListAsync();
        return path.Replace("{first}", ids[0].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{second}", ids[1].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string verb, string path) =>
        verb == "GET"
            ? client.GetAsync(new Uri(path, UriKind.Relative))
            : client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([]));
}
