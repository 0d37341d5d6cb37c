using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using S = MassageCoverage.Web.Tests.Pages.Account.Calls.DiscrepancySetup;

namespace MassageCoverage.Web.Tests.Pages.Account.Calls;

/// <summary>
/// A call that says something other than the rule: shown side by side on the call's page and a signed-in patient's
/// check result, never saying which is right, and reported to the clinic with nothing of the patient in the report.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class DiscrepancyTests(AppFixture app)
{
    [Theory]
    [InlineData("no", "", "", "", "Covered", "massage is not covered", "massage is covered")]
    [InlineData("", "12", "", "", "VisitsPerYear", "12 visits a year", "20 visits a year")]
    [InlineData("", "", "yes", "", "ReferralNeeded", "a referral is needed", "no referral is needed")]
    [InlineData("", "", "", "yes", "PriorAuthorizationNeeded", "prior authorization is needed", "prior authorization is not needed")]
    public async Task Each_term_the_call_contradicts_is_shown_beside_the_rule_with_both_dates(
        string covered, string visits, string referral, string priorAuth, string field, string callSaid, string ruleSays)
    {
        var code = await S.PlanAsync(app);
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var (id, _) = await S.CallAsync(app, patient, code, covered, visits, referral, priorAuth);

        var page = await PageAsync(patient.Client, $"/account/calls/{id}");

        var item = Assert.Single(page.QuerySelectorAll("#discrepancies li.discrepancy"));
        Assert.Equal($"discrepancy-{field}", item.Id);
        Assert.Equal($"Your call on March 3, 2026 said {callSaid}; our rule, last verified January 15, 2026, says {ruleSays}.",
            item.QuerySelector(".discrepancy-sentence")!.TextContent);
        var section = page.QuerySelector("#discrepancies")!.TextContent;
        Assert.Contains("We cannot tell which is right.", section, StringComparison.Ordinal);
        Assert.Contains("Ask for it, then note it on this call.", section, StringComparison.Ordinal);
        Assert.NotNull(item.QuerySelector("form button"));
    }

    [Fact]
    public async Task Answers_equal_to_the_rule_show_no_contradiction()
    {
        var code = await S.PlanAsync(app);
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var (id, _) = await S.CallAsync(app, patient, code, covered: "yes", visits: "20", referral: "no", priorAuth: "no");

        var page = await PageAsync(patient.Client, $"/account/calls/{id}");

        Assert.Empty(page.QuerySelectorAll(".discrepancy"));
        Assert.StartsWith("What you were told agrees with our rule for Plan ", page.QuerySelector("#discrepancies p")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await PageAsync(patient.Client, S.Check(code))).QuerySelector("#discrepancies"));

        // The patient's own copy of their records holds what was said and about which plan.
        using var export = System.Text.Json.JsonDocument.Parse(await patient.Client.GetStringAsync(new Uri("/account/export/json", UriKind.Relative)));
        var call = export.RootElement.GetProperty("insurerCalls").EnumerateArray().Single(c => c.GetProperty("id").GetInt64() == id);
        Assert.Equal($"plan:{code}", call.GetProperty("about").GetString());
        Assert.Equal(20, call.GetProperty("said").GetProperty("visitsPerYear").GetInt32());
        Assert.False(call.GetProperty("said").GetProperty("referralNeeded").GetBoolean());
    }

    [Fact]
    public async Task The_result_of_a_check_shows_the_patients_calls_about_its_plan_that_contradict_its_rule_in_English_and_Spanish()
    {
        var code = await S.PlanAsync(app);
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var (id, _) = await S.CallAsync(app, patient, code, visits: "12", priorAuth: "no");

        var english = await PageAsync(patient.Client, S.Check(code));
        var item = Assert.Single(english.QuerySelectorAll("#discrepancies li.discrepancy"));
        Assert.Equal("Your call on March 3, 2026 said 12 visits a year; our rule, last verified January 15, 2026, says 20 visits a year. See the call.",
            item.QuerySelector(".discrepancy-sentence")!.TextContent);
        Assert.Equal($"/account/calls/{id}", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("ask the insurer to confirm it in writing", english.QuerySelector("#discrepancies")!.TextContent, StringComparison.Ordinal);

        using (await patient.Client.GetAsync(new Uri("/language/es?returnUrl=/account", UriKind.Relative)))
        {
        }

        var spanish = await PageAsync(patient.Client, S.Check(code));
        Assert.Equal("Su llamada del 3 de marzo de 2026 dijo que se permiten 12 visitas al año; nuestra regla, revisada por última vez el 15 de enero de 2026, dice que se permiten 20 visitas al año. Ver la llamada.",
            spanish.QuerySelector("#discrepancies .discrepancy-sentence")!.TextContent);
        var call = await PageAsync(patient.Client, $"/account/calls/{id}");
        Assert.Equal("Su llamada del 3 de marzo de 2026 dijo que se permiten 12 visitas al año; nuestra regla, revisada por última vez el 15 de enero de 2026, dice que se permiten 20 visitas al año.",
            call.QuerySelector("#discrepancy-VisitsPerYear .discrepancy-sentence")!.TextContent);
        Assert.Equal("Avisar a la clínica", call.QuerySelector("#discrepancy-VisitsPerYear button")!.FirstChild!.TextContent);

        // Nobody else sees them: not a visitor, not another patient.
        using var visitor = app.Factory.CreateClient();
        Assert.Null((await PageAsync(visitor, S.Check(code))).QuerySelector("#discrepancies"));
        var other = await PatientSession.RegisterAsync(app.Factory);
        Assert.Null((await PageAsync(other.Client, S.Check(code))).QuerySelector("#discrepancies"));
    }

    [Fact]
    public async Task A_report_holds_only_the_plan_the_term_both_values_the_rule_version_the_calls_date_and_reference_and_sending_it_again_adds_nothing()
    {
        var code = await S.PlanAsync(app);
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var (id, reference) = await S.CallAsync(app, patient, code, visits: "12");

        var sent = (await TellAsync(patient.Client, $"/account/calls/{id}", "#discrepancy-VisitsPerYear form"))!;
        Assert.Equal("Sent. The clinic will check its rule.", sent.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.StartsWith("The clinic has this report since ", sent.QuerySelector("#discrepancy-VisitsPerYear .discrepancy-status")!.TextContent, StringComparison.Ordinal);
        Assert.Null(sent.QuerySelector("#discrepancy-VisitsPerYear form"));

        // The stored row, every column of it: nothing names the patient or repeats their words.
        var rows = await app.Factory.DbAsync(db => db.Database
            .SqlQuery<string>($"SELECT row_to_json(r)::text AS \"Value\" FROM discrepancy_reports r WHERE \"PlanCode\" = {code}").ToListAsync());
        var row = System.Text.Json.JsonDocument.Parse(Assert.Single(rows)).RootElement;
        Assert.Equal(
            ["Id", "OwnerKind", "PlanCode", "StateCode", "Field", "CallValue", "RuleValue", "RuleVersionId", "CallDate", "ReferenceNumber",
             "SentAt", "Status", "ResolvedBy", "ResolvedAt", "Outcome", "ResolutionNote"],
            row.EnumerateObject().Select(p => p.Name));
        var ruleId = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).Select(r => r.Id).SingleAsync());
        Assert.Equal(("Plan", "VisitsPerYear", "12", "20", ruleId, "2026-03-03", reference, "Open"),
            (row.GetProperty("OwnerKind").GetString(), row.GetProperty("Field").GetString(), row.GetProperty("CallValue").GetString(),
             row.GetProperty("RuleValue").GetString(), row.GetProperty("RuleVersionId").GetInt64(), row.GetProperty("CallDate").GetString(),
             row.GetProperty("ReferenceNumber").GetString(), row.GetProperty("Status").GetString()));
        var text = row.ToString();
        foreach (var secret in new[] { patient.Email, S.Insurer, S.Representative, "M79.7", "Secretwood" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }

        // The same report from the check's result (or a second press): still one row.
        var again = await TellAsync(patient.Client, S.Check(code), $"#call-{id}-discrepancy-VisitsPerYear form", expectForm: false);
        Assert.Null(again);
        using (var twice = await PostReportAsync(patient.Client, id, "VisitsPerYear", ruleId))
        {
            Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        }

        Assert.Equal(1, await app.Factory.DbAsync(db => db.DiscrepancyReports.CountAsync(r => r.PlanCode == code)));
        Assert.DoesNotContain(app.Factory.Logs.Lines, l => l.Contains(S.Representative, StringComparison.Ordinal) || l.Contains("M79.7", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_tell_button_on_a_checks_result_sends_the_report_and_shows_the_call()
    {
        var code = await S.PlanAsync(app);
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var (id, _) = await S.CallAsync(app, patient, code, referral: "yes");

        var page = await TellAsync(patient.Client, S.Check(code), $"#call-{id}-discrepancy-ReferralNeeded form");

        Assert.Equal($"/account/calls/{id}", page!.Location.PathName);
        Assert.NotNull(page.QuerySelector("#discrepancy-ReferralNeeded .discrepancy-status"));
        var report = await app.Factory.DbAsync(db => db.DiscrepancyReports.SingleAsync(r => r.PlanCode == code));
        Assert.Equal((Core.Coverage.Calls.CallField.ReferralNeeded, "yes", "no", DiscrepancyStatus.Open), (report.Field, report.CallValue, report.RuleValue, report.Status));
        Assert.NotNull((await PageAsync(patient.Client, S.Check(code))).QuerySelector($"#call-{id}-discrepancy-ReferralNeeded .discrepancy-status"));
    }

    [Fact]
    public async Task Another_patient_cannot_see_or_report_someone_elses_call()
    {
        var code = await S.PlanAsync(app);
        var owner = await PatientSession.RegisterAsync(app.Factory);
        var (id, _) = await S.CallAsync(app, owner, code, visits: "12");
        var other = await PatientSession.RegisterAsync(app.Factory);
        await S.CallAsync(app, other, code, visits: "12");
        var ruleId = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).Select(r => r.Id).SingleAsync());

        using (var view = await other.Client.GetAsync(new Uri($"/account/calls/{id}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        }

        // A real token of their own, sent at the other patient's call.
        using var response = await PostReportAsync(other.Client, id, "VisitsPerYear", ruleId);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.Factory.DbAsync(db => db.DiscrepancyReports.CountAsync(r => r.PlanCode == code)));
    }

    [Fact]
    public async Task A_report_of_something_the_rule_does_not_contradict_sends_nothing()
    {
        var code = await S.PlanAsync(app);
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var (id, _) = await S.CallAsync(app, patient, code, visits: "12");
        var ruleId = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).Select(r => r.Id).SingleAsync());

        foreach (var (field, rule) in new[] { ("Covered", ruleId), ("VisitsPerYear", ruleId + 100_000), ("Nonsense", ruleId) })
        {
            using var response = await PostReportAsync(patient.Client, id, field, rule);
            var page = await HtmlPage.ParseAsync(response);
            Assert.Equal("Nothing was sent: our rule no longer says something else.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        }

        Assert.Equal(0, await app.Factory.DbAsync(db => db.DiscrepancyReports.CountAsync(r => r.PlanCode == code)));
    }

    [Fact]
    public async Task A_plan_the_catalog_does_not_hold_or_visits_that_are_not_a_number_are_refused_beside_their_fields()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var form = await patient.FormAsync("/account/calls/new");
        form.QuerySelector("#about-medicare")!.SetAttribute("value", "plan:no-such-plan");

        using var response = await FormSubmitter.SubmitAsync(patient.Client, form, new Dictionary<string, string>
        {
            ["Form.Insurer"] = S.Insurer, ["Form.About"] = "plan:no-such-plan", ["Form.SaidVisits"] = "twelve",
        });
        var page = await HtmlPage.ParseAsync(response);

        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("Error: Choose a plan from the list, or search again.", page.QuerySelector("#about-error")!.TextContent.Trim());
        Assert.Equal("Error: Enter the visits as a whole number from 0 to 1000, or leave it empty.", page.QuerySelector("#saidVisits-error")!.TextContent.Trim());
        Assert.Equal("twelve", ((IHtmlInputElement)page.QuerySelector("#saidVisits")!).Value);
    }

    internal static async Task<IHtmlDocument> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlPage.ParseAsync(response);
    }

    /// <summary>Presses "Tell the clinic" in <paramref name="selector"/> on <paramref name="url"/>; null when there is no such button.</summary>
    internal static async Task<IHtmlDocument?> TellAsync(HttpClient client, string url, string selector, bool expectForm = true)
    {
        var page = await PageAsync(client, url);
        if (page.QuerySelector(selector) is not IHtmlFormElement form)
        {
            Assert.False(expectForm, $"No {selector} on {url}.");
            return null;
        }

        using var response = await FormSubmitter.SubmitAsync(client, form, new Dictionary<string, string>());
        return await HtmlPage.ParseAsync(response);
    }

    /// <summary>A report posted with a real antiforgery token of the client's own, naming any call, term and rule.</summary>
    private static async Task<HttpResponseMessage> PostReportAsync(HttpClient client, long call, string field, long rule)
    {
        var page = await PageAsync(client, "/account/calls/new");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["field"] = field, ["rule"] = rule.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return await client.PostAsync(new Uri($"/account/calls/{call}?handler=Report", UriKind.Relative), content);
    }
}
