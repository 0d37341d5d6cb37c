using System.Net;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MassageCoverage.Web.Tests.Pages.Admin;

/// <summary>Every /admin route and verb for anonymous, patient, staff and admin.</summary>
[Collection(AppCollectionDefinition.Name)]
public class AdminAuthorizationTests(AppFixture app)
{
    public static TheoryData<string, string> Routes() => new()
    {
        { "GET", "/admin/medicaid" },
        { "GET", "/admin/users" },
        { "POST", "/admin/users?handler=Create" },
        { "POST", "/admin/users?handler=Roles" },
        { "POST", "/admin/users?handler=Lock" },
        { "POST", "/admin/users?handler=Unlock" },
        { "GET", "/admin/medicaid/CO/edit" },
        { "POST", "/admin/medicaid/CO/edit" },
        { "GET", "/admin/audit" },
        { "GET", "/admin/audit.csv" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Anonymous_is_sent_to_sign_in(string verb, string url)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await SendAsync(client, verb, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_patient_is_forbidden(string verb, string url)
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        using var response = await SendAsync(patient.Client, verb, url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Staff_are_forbidden(string verb, string url)
    {
        using var staff = await SignedInSession.AsAsync(app.Factory, Roles.Staff);
        using var response = await SendAsync(staff, verb, url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_admin_is_served(string verb, string url)
    {
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        var token = verb == "POST"
            ? (await admin.FormAsync("/admin/users", "#create-user")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!
            : null;
        using var response = await SendAsync(admin, verb, url, token);

        // Posting for an account that does not exist is refused as a conflict, not as a matter of access.
        // An empty state form is answered with its validation errors.
        var expected = url.StartsWith("/admin/users?handler=", StringComparison.Ordinal) && !url.EndsWith("Create", StringComparison.Ordinal)
            ? HttpStatusCode.Conflict
            : HttpStatusCode.OK;
        Assert.Equal(expected, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string verb, string url, string? token = null)
    {
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
