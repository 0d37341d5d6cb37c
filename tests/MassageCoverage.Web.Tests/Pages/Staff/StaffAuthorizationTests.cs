using System.Net;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;

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
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string verb, string path)
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await SendAsync(client, verb, path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Patients_are_forbidden(string verb, string path)
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        using var response = await SendAsync(patient.Client, verb, path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Staff_and_admins_may_open_every_page(string verb, string path)
    {
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
                using var response = await FormSubmitter.SubmitAsync(staff.Client, await staff.FormAsync(path),
                    new Dictionary<string, string> { ["Form.Name"] = "" });
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.DoesNotContain("/account", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
            }
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string verb, string path) =>
        verb == "GET"
            ? client.GetAsync(new Uri(path, UriKind.Relative))
            : client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([]));
}
