using System.Net;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Admin;

/// <summary>Every /admin route and verb for anonymous, patient, staff and admin.</summary>
[Collection(AppCollectionDefinition.Name)]
public class AdminAuthorizationTests(AppFixture app)
{
    /// <summary>Each route and verb, with what an admin gets: posts for an account that does not exist are refused as
    /// a conflict or not found, and empty forms come back with their errors (200). <c>{co}</c> is Colorado's seeded version.</summary>
    public static TheoryData<string, string, HttpStatusCode> Routes() => new()
    {
        { "GET", "/admin/medicaid", HttpStatusCode.OK },
        { "GET", "/admin/users", HttpStatusCode.OK },
        { "POST", "/admin/users?handler=Create", HttpStatusCode.OK },
        { "POST", "/admin/users?handler=Roles", HttpStatusCode.Conflict },
        { "POST", "/admin/users?handler=Lock", HttpStatusCode.Conflict },
        { "POST", "/admin/users?handler=Unlock", HttpStatusCode.Conflict },
        { "POST", "/admin/users?handler=InviteAgain", HttpStatusCode.Conflict },
        { "GET", "/admin/users/no-such-user/delete", HttpStatusCode.NotFound },
        { "POST", "/admin/users/no-such-user/delete", HttpStatusCode.NotFound },
        { "GET", "/admin/medicaid/CO", HttpStatusCode.OK },
        { "GET", "/admin/medicaid/CO/edit", HttpStatusCode.OK },
        { "POST", "/admin/medicaid/CO/edit", HttpStatusCode.OK },
        { "GET", "/admin/medicaid/CO/rules/new", HttpStatusCode.OK },
        { "POST", "/admin/medicaid/CO/rules/new", HttpStatusCode.OK },
        { "POST", "/admin/medicaid/CO/rules/new?handler=Try", HttpStatusCode.OK },
        { "GET", "/admin/medicaid/CO/rules/{co}/edit", HttpStatusCode.OK },
        { "POST", "/admin/medicaid/CO/rules/{co}/edit", HttpStatusCode.OK },
        { "POST", "/admin/medicaid/CO/rules/{co}/edit?handler=Try", HttpStatusCode.OK },
        { "GET", "/admin/medicaid/CO/compare?a={co}&b={co}", HttpStatusCode.OK },
        { "GET", "/admin/audit", HttpStatusCode.OK },
        { "GET", "/admin/audit.csv", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Anonymous_is_sent_to_sign_in(string verb, string url, HttpStatusCode _)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await SendAsync(client, verb, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_patient_is_forbidden(string verb, string url, HttpStatusCode _)
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        using var response = await SendAsync(patient.Client, verb, url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Staff_are_forbidden(string verb, string url, HttpStatusCode _)
    {
        using var staff = await SignedInSession.AsAsync(app.Factory, Roles.Staff);
        using var response = await SendAsync(staff, verb, url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_admin_is_served(string verb, string url, HttpStatusCode expected)
    {
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        var token = verb == "POST"
            ? (await admin.FormAsync("/admin/users", "#create-user")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!
            : null;
        using var response = await SendAsync(admin, verb, url, token);

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string verb, string url, string? token = null)
    {
        if (url.Contains("{co}", StringComparison.Ordinal))
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var id = await scope.ServiceProvider.GetRequiredService<CoverageDbContext>().Rules
                .Where(r => r.StateCode == "CO").OrderBy(r => r.EffectiveFrom).Select(r => r.Id).FirstAsync();
            url = url.Replace("{co}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (verb == "GET")
        {
            return await client.GetAsync(new Uri(url, UriKind.Relative));
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token ?? "", ["id"] = "no-such-user",
        });
        return await client.PostAsync(new Uri(url, UriKind.Relative), form);
    }
}
