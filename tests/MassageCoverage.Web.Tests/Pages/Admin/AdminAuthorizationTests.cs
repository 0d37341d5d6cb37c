using System.Net;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MassageCoverage.Web.Tests.Pages.Admin;

/// <summary>Every /admin route and verb for anonymous, patient, staff and admin.</summary>
[Collection(AppCollectionDefinition.Name)]
public class AdminAuthorizationTests(AppFixture app)
{
    /// <summary>
    /// Every route and verb, with what an admin gets for the matrix's request: a GET, or a post holding only
    /// <c>id=no-such-user</c> and the antiforgery token.
    /// </summary>
    private static readonly (string Verb, string Url, HttpStatusCode ForAdmin)[] Table =
    [
        ("GET", "/admin/medicaid", HttpStatusCode.OK),
        ("GET", "/admin/users", HttpStatusCode.OK),
        // An empty create form is answered with its validation errors.
        ("POST", "/admin/users?handler=Create", HttpStatusCode.OK),
        // Posting for an account that does not exist is refused as a conflict, not as a matter of access.
        ("POST", "/admin/users?handler=Roles", HttpStatusCode.Conflict),
        ("POST", "/admin/users?handler=Lock", HttpStatusCode.Conflict),
        ("POST", "/admin/users?handler=Unlock", HttpStatusCode.Conflict),
        // The delete page names its account in the path: one that does not exist is not found.
        ("GET", "/admin/users/no-such-user/delete", HttpStatusCode.NotFound),
        ("POST", "/admin/users/no-such-user/delete", HttpStatusCode.NotFound),
        ("GET", "/admin/medicaid/CO/edit", HttpStatusCode.OK),
        // An empty state form is answered with its validation errors.
        ("POST", "/admin/medicaid/CO/edit", HttpStatusCode.OK),
        ("GET", "/admin/audit", HttpStatusCode.OK),
        ("GET", "/admin/audit.csv", HttpStatusCode.OK),
    ];

    public static TheoryData<string, string> Routes()
    {
        var routes = new TheoryData<string, string>();
        foreach (var (verb, url, _) in Table)
        {
            routes.Add(verb, url);
        }

        return routes;
    }

    public static TheoryData<string, string, HttpStatusCode> RoutesWithAdminStatus()
    {
        var routes = new TheoryData<string, string, HttpStatusCode>();
        foreach (var (verb, url, forAdmin) in Table)
        {
            routes.Add(verb, url, forAdmin);
        }

        return routes;
    }

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
    [MemberData(nameof(RoutesWithAdminStatus))]
    public async Task An_admin_is_served(string verb, string url, HttpStatusCode expected)
    {
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        var token = verb == "POST"
            ? (await admin.FormAsync("/admin/users", "#create-user")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!
            : null;
        using var response = await SendAsync(admin, verb, url, token);

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
