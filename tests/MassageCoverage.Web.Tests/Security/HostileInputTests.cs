using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Tests.Api;
using MassageCoverage.Web.Tests.Pages.Account.Calls;
using MassageCoverage.Web.Tests.Pages.Account.Checks;
using MassageCoverage.Web.Tests.Pages.Account.Denials;
using MassageCoverage.Web.Tests.Pages.Account.Referrals;
using Xunit.Abstractions;

namespace MassageCoverage.Web.Tests.Security;

/// <summary>
/// Hostile input to the API and to every form the app serves, signed in as each role with a real antiforgery token:
/// no answer is a 5xx, and no markup sent comes back unencoded. A database of its own, since the forms save what
/// they accept.
/// </summary>
public class HostileInputTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    /// <summary>Pages with a POST handler but no form to fill: the error page, and signing out (which would end the session).</summary>
    private static readonly string[] NoForm = ["/Error", "/Account/SignOut"];

    private readonly List<string> _failures = [];
    private readonly SortedDictionary<int, int> _statuses = [];
    private int _sent;

    [Fact]
    public async Task Hostile_input_to_the_API_and_every_form_is_never_a_5xx_nor_echoed_unencoded()
    {
        var clock = Stopwatch.StartNew();
        await ApiAsync();
        var api = _sent;

        var routes = FormCrawler.AllRoutes(app.Factory);
        var patient = await PatientSession.RegisterAsync(app.Factory);
        await ReferralPageTests.CreateAsync(patient);
        await CallPageTests.CreateAsync(patient);
        await CheckSteps.SaveAsync(patient);
        await DenialPageTests.CreateAsync(patient);
        // A call that contradicts its plan's rule twice: one report sent (for the staff's resolve form), one not yet.
        var code = await DiscrepancySetup.PlanAsync(app);
        var (call, _) = await DiscrepancySetup.CallAsync(app, patient, code, visits: "12", referral: "yes");
        Assert.NotNull(await DiscrepancyTests.TellAsync(patient.Client, $"/account/calls/{call}", "#discrepancy-VisitsPerYear form"));
        var result = await CheckSteps.ResultUrlAsync(patient.Client, CheckSteps.EverythingMet());
        // A price, so the price list links to its edit and delete pages.
        await app.Factory.DbAsync(db =>
        {
            db.ClinicPrices.Add(new() { CptCode = "97124", Minutes = 60, Amount = 95m, UpdatedBy = "test", UpdatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        using var anonymous = app.Factory.CreateClient();
        using var staff = await SignedInSession.AsAsync(app.Factory, Roles.Staff);
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);
        using var halfway = await HalfwaySignedInAsync();
        // The admin comes last: its forms can lock or delete the others.
        var sessions = new (HttpClient Client, string[] Starts)[]
        {
            (anonymous, ["/", "/check", "/medicaid", "/account/sign-in", "/account/register", "/account/forgot-password", "/account/reset-password",
                "/account/check-email", "/account/confirm-email?userId=someone&token=something", "/account/invitation?userId=someone&token=something",
                "/account/settings/email/confirm?userId=someone&email=someone%40example.org&token=something", "/estimate"]),
            (halfway, ["/account/sign-in/two-factor", "/account/sign-in/two-factor?recovery=true"]),
            (patient.Client, ["/account", "/account/referrals", "/account/calls", "/account/checks", "/account/export", "/account/delete", "/account/settings", "/account/denials", result]),
            (staff, ["/staff", "/staff/plans/acme-ppo-gold", "/staff/plans/acme-ppo-gold/rules/new", "/staff/import", "/staff/prices", "/staff/clinic", "/staff/discrepancies"]),
            (admin, ["/admin/medicaid", "/admin/medicaid/CO", "/admin/medicaid/CO/rules/new", "/admin/users", "/admin/audit"]),
        };

        var posted = new HashSet<string>(StringComparer.Ordinal);
        var actions = new List<string>();
        var postPages = FormCrawler.PostPages(app.Factory);
        foreach (var (client, starts) in sessions)
        {
            var crawl = await FormCrawler.CrawlAsync(client, routes, starts);
            // Signing out comes last: every other form is posted with the session still alive, and none may end it.
            var signedIn = client != anonymous && client != halfway;
            foreach (var form in crawl.Forms.OrderBy(f => f.Action.StartsWith("/account/sign-out", StringComparison.Ordinal)))
            {
                var path = form.Action.Split('?')[0];
                var key = $"{form.Method} {routes.FirstOrDefault(r => r.IsMatch(path))?.ToString() ?? path} {path.Count(c => c == '/')} "
                    + $"{form.Action.Split('?').ElementAtOrDefault(1)} {string.Join(",", form.Fields.Select(f => f.Name))}";
                if (posted.Add(key))
                {
                    actions.Add(path);
                    await FormAsync(client, form);
                    if (signedIn && !form.Action.StartsWith("/account/sign-out", StringComparison.Ordinal))
                    {
                        using var still = await client.GetAsync(new Uri("/account", UriKind.Relative));
                        if (still.RequestMessage!.RequestUri!.AbsolutePath != "/account")
                        {
                            _failures.Add($"{form.Method} {form.Action} (from {form.Page}) with hostile input ended the session");
                        }
                    }
                }
            }

            // A page that takes a POST without serving a form for it (one that refuses POST, a confirmation shown
            // only when allowed) still gets the payloads, as one field beside this session's token.
            foreach (var (page, matchers) in postPages.Where(p => !NoForm.Contains(p.Key) && !p.Value.Any(r => actions.Any(r.IsMatch))))
            {
                var url = crawl.Visited.FirstOrDefault(v => matchers.Any(r => r.IsMatch(v.Split('?')[0])));
                if (url is not null && crawl.Token is { } token)
                {
                    actions.Add(url.Split('?')[0]);
                    await FormAsync(client, new ServedForm(url, url, "post", false, [(ServedForm.Token, token, false), ("Form.Value", "", false)]));
                }
            }
        }

        output.WriteLine($"{_sent} hostile requests ({api} to the API, {_sent - api} to {posted.Count} forms) in {clock.Elapsed.TotalSeconds:0.0} s; "
            + $"statuses: {string.Join(", ", _statuses.Select(s => $"{s.Key} x{s.Value}"))}");
        var missed = postPages
            .Where(p => !NoForm.Contains(p.Key) && !p.Value.Any(r => actions.Any(r.IsMatch)))
            .Select(p => p.Key).ToList();
        Assert.True(missed.Count == 0, $"No form was found for these pages with a POST handler: {string.Join(", ", missed)}");
        Assert.True(_failures.Count == 0, string.Join("\n", _failures.Take(40)));
        Assert.True(_sent >= 200, $"Only {_sent} requests were sent.");
    }

    /// <summary>Past the password of an account with two-factor sign-in, at the step that asks for the code.</summary>
    private async Task<HttpClient> HalfwaySignedInAsync()
    {
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        await TestAccounts.CreateAsync(app.Factory, email, Roles.Staff);
        var client = app.Factory.CreateClient();
        using var response = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = TestAccounts.Password });
        Assert.Equal("/account/sign-in/two-factor", response.RequestMessage!.RequestUri!.AbsolutePath);
        return client;
    }

    private async Task ApiAsync()
    {
        using var client = app.Factory.CreateClient();
        var strings = new[] { "planType", "planCode", "state", "serviceCode", "providerType", "referralDate", "asOf", "priorAuthorization" };
        foreach (var field in strings)
        {
            foreach (var payload in HostilePayloads.Text)
            {
                await CheckApiAsync(client, CheckBodies.AcmeGoldAllMet().With(field, payload), payload);
            }
        }

        object?[] wrongTypes = [123, -1, 1e300, true, Array.Empty<int>(), new Dictionary<string, int> { ["a"] = 1 }, long.MaxValue, "2026-02-30"];
        foreach (var field in CheckBodies.AcmeGoldAllMet().Keys)
        {
            foreach (var value in wrongTypes)
            {
                await CheckApiAsync(client, CheckBodies.AcmeGoldAllMet().With(field, value), null);
            }
        }

        foreach (var payload in HostilePayloads.Text)
        {
            await CheckApiAsync(client, CheckBodies.AcmeGoldAllMet().WithDiagnoses(payload, "M54.50"), payload);
        }

        string[] raw =
        [
            new string('[', 10_000) + new string(']', 10_000),
            string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500),
            """{"planType":"medicare","planType":"private","planType":"medicaid"}""",
            """{"planType":"medicare","visitsUsed":99999999999999999999}""",
            """{"planType":"medicare","visitsUsed":-5,"patientAge":-1}""",
            """{"planType":"medicare","asOf":"9999-99-99"}""",
            """{"planType":"medicare","state":"C\u0000O"}""",
            """{"planType":"medicare","__proto__":{"admin":true}}""",
            "\uFEFF{\"planType\":\"medicare\"}",
        ];
        foreach (var body in raw)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            await SendApiAsync(client, content, null);
        }

        using (var invalid = new ByteArrayContent([.. "{\"planType\":\"medicare\",\"state\":\""u8, 0xFF, 0xC3, 0x28, .. "\"}"u8]))
        {
            invalid.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
            await SendApiAsync(client, invalid, null);
        }

        foreach (var type in new[] { "application/json; charset=bogus", "application/json; charset=utf-16", "text/html", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json;;;", "" })
        {
            using var content = new ByteArrayContent("{\"planType\":\"medicare\"}"u8.ToArray());
            content.Headers.TryAddWithoutValidation("Content-Type", type);
            await SendApiAsync(client, content, type);
        }

        foreach (var payload in HostilePayloads.Text)
        {
            var escaped = Uri.EscapeDataString(payload);
            await GetAsync(client, $"/api/v1/plans?query={escaped}&state={escaped}", payload);
            // The test server refuses a NUL in a path before sending it, as Kestrel does.
            if (!payload.Contains('\0', StringComparison.Ordinal))
            {
                await GetAsync(client, $"/api/v1/medicaid/{escaped}", payload);
            }
        }
    }

    private async Task CheckApiAsync(HttpClient client, Dictionary<string, object?> body, string? payload)
    {
        using var content = JsonContent.Create(body);
        await SendApiAsync(client, content, payload);
    }

    private async Task SendApiAsync(HttpClient client, HttpContent content, string? payload)
    {
        _sent++;
        using var response = await client.PostAsync(new Uri(ApiClient.Checks, UriKind.Relative), content);
        await CheckAsync(response, $"POST {ApiClient.Checks}", payload);
        if (FormCrawler.IsHtml(response))
        {
            _failures.Add($"POST {ApiClient.Checks} with {Describe(payload)} answered HTML");
        }
    }

    private async Task GetAsync(HttpClient client, string url, string? payload)
    {
        _sent++;
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        await CheckAsync(response, $"GET {url.Split('?')[0]}", payload);
    }

    private async Task FormAsync(HttpClient client, ServedForm form)
    {
        foreach (var payload in HostilePayloads.Text)
        {
            _sent++;
            using var response = await SubmitAsync(client, form, payload);
            await CheckAsync(response, $"{form.Method.ToUpperInvariant()} {form.Action} (from {form.Page})", payload);
        }

        if (form.Fields.Any(f => f.File))
        {
            foreach (var file in HostilePayloads.CatalogFiles())
            {
                _sent++;
                using var response = await SubmitAsync(client, form, "", file);
                await CheckAsync(response, $"POST {form.Action} (from {form.Page}) with a file", file);
                // An upload answers with a second step (apply what was previewed): send it as served.
                if (FormCrawler.IsHtml(response))
                {
                    var page = await HtmlPage.ParseAsync(response);
                    foreach (var next in page.QuerySelectorAll("main form[method=post]").OfType<AngleSharp.Html.Dom.IHtmlFormElement>().Where(f => f.QuerySelector("[type=file]") is null))
                    {
                        _sent++;
                        using var applied = await FormSubmitter.SubmitAsync(client, next, new Dictionary<string, string>());
                        await CheckAsync(applied, $"POST {next.Action} after an upload", file);
                    }
                }
            }
        }

        if (form.Method != "post" || form.Multipart)
        {
            return;
        }

        foreach (var bytes in HostilePayloads.InvalidUtf8)
        {
            var body = string.Join("&", form.Fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={(f.Name == ServedForm.Token ? Uri.EscapeDataString(f.Value) : bytes)}"));
            using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
            content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded");
            _sent++;
            using var response = await client.PostAsync(new Uri(form.Action, UriKind.Relative), content);
            await CheckAsync(response, $"POST {form.Action} (from {form.Page})", null);
        }
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, ServedForm form, string payload, string? file = null)
    {
        var fields = form.Fields.Where(f => !f.File).Select(f => new KeyValuePair<string, string>(f.Name, f.Name == ServedForm.Token ? f.Value : payload)).ToList();
        if (form.Method != "post")
        {
            using var query = new FormUrlEncodedContent(fields);
            return await client.GetAsync(new Uri($"{form.Action.Split('?')[0]}?{await query.ReadAsStringAsync()}", UriKind.Relative));
        }

        if (!form.Multipart)
        {
            using var content = new FormUrlEncodedContent(fields);
            return await client.PostAsync(new Uri(form.Action, UriKind.Relative), content);
        }

        using var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            multipart.Add(new StringContent(value), name);
        }

        foreach (var upload in form.Fields.Where(f => f.File))
        {
            multipart.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(file ?? payload)), upload.Name, "catalog.json");
        }

        return await client.PostAsync(new Uri(form.Action, UriKind.Relative), multipart);
    }

    private async Task CheckAsync(HttpResponseMessage response, string what, string? payload)
    {
        var status = (int)response.StatusCode;
        _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
        if (FormCrawler.IsServerError(status))
        {
            // The app's own account of it: the last error it logged.
            var error = app.Factory.Logs.Lines.LastOrDefault(l => l.Contains("Exception", StringComparison.Ordinal)) ?? "";
            _failures.Add($"{what} with {Describe(payload)} answered {status}: {error[..Math.Min(error.Length, 1500)]}");
            return;
        }

        if (response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith('x')))
        {
            _failures.Add($"{what} with {Describe(payload)} set a cookie from the input");
        }

        if (payload is not null && HostilePayloads.IsMarkup(payload) && FormCrawler.IsHtml(response)
            && (await response.Content.ReadAsStringAsync()).Contains(payload, StringComparison.Ordinal))
        {
            _failures.Add($"{what} echoed {Describe(payload)} unencoded");
        }
    }

    private static string Describe(string? payload) =>
        payload is null ? "a malformed body" : $"\"{MassageCoverage.Core.Quoted.Text(payload)}\" ({payload.Length} chars)";
}
