using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Tests.Pages.Account.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Account.Calls;

[Collection(AppCollectionDefinition.Name)]
public class CallPageTests(AppFixture app)
{
    internal static Dictionary<string, string> ValidCall(string insurer = "Acme Health") => new()
    {
        ["Form.Insurer"] = insurer,
        ["Form.Representative"] = "Ms Representa Tivewood",
        ["Form.ReferenceNumber"] = "REF-777",
        ["Form.Answers"] = "Covered with a referral for M79.7",
        ["Form.WrittenConfirmationRequested"] = "true",
        ["Form.Promises[0].What"] = "Letter confirming coverage",
        ["Form.Promises[0].DueOn"] = ReferralPageTests.Iso(DateTime.UtcNow.AddDays(5)),
        ["Form.Promises[1].What"] = "Call back about visit limit",
        ["Form.Promises[1].DueOn"] = ReferralPageTests.Iso(DateTime.UtcNow.AddDays(30)),
    };

    internal static async Task<long> CreateAsync(PatientSession patient, Dictionary<string, string>? answers = null)
    {
        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/calls/new"), answers ?? ValidCall());
        Assert.Equal("/account/calls", response.RequestMessage!.RequestUri!.AbsolutePath);
        var first = (await HtmlPage.ParseAsync(response)).QuerySelector("li[id^=call-]")!;
        return long.Parse(first.Id!["call-".Length..], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_patient_records_edits_and_deletes_a_call_and_the_follow_up_lists_only_promises_due_soon()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var form = await patient.FormAsync("/account/calls/new");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$", ((IHtmlInputElement)form.QuerySelector("#calledAt")!).Value);
        var id = await CreateAsync(patient);

        var list = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account/calls", UriKind.Relative)));
        var followUp = list.QuerySelector("#follow-up")!.TextContent;
        Assert.Contains("Letter confirming coverage", followUp, StringComparison.Ordinal);
        // Due dates are written from the UTC date; the patient's own today (New York) may be a day behind.
        Assert.Matches(@"due in [56] days", followUp);
        Assert.DoesNotContain("Call back about visit limit", followUp, StringComparison.Ordinal);
        Assert.Contains("REF-777", list.QuerySelector($"#call-{id}")!.TextContent, StringComparison.Ordinal);

        var edit = await patient.FormAsync($"/account/calls/{id}/edit");
        using (var saved = await FormSubmitter.SubmitAsync(patient.Client, edit, new Dictionary<string, string>
        {
            ["Form.ReferenceNumber"] = "REF-778", ["Form.Promises[0].Done"] = "true",
        }))
        {
            var page = await HtmlPage.ParseAsync(saved);
            Assert.Contains("REF-778", page.QuerySelector($"#call-{id}")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Letter confirming coverage", page.QuerySelector("#follow-up")!.TextContent, StringComparison.Ordinal);
        }

        using (await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync($"/account/calls/{id}/delete"), new Dictionary<string, string>()))
        {
        }

        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        Assert.False(await db.InsurerCalls.AnyAsync(c => c.Id == id));
        var entries = await db.AuditEntries.Where(a => a.EntityType == "InsurerCall" && a.EntityId == id.ToString(CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["create", "update", "delete"], entries);
        var actor = await db.Users.Where(u => u.Email == patient.Email).Select(u => u.Id).SingleAsync();
        var promiseActions = await db.AuditEntries.Where(a => a.EntityType == "CallPromise" && a.Actor == actor)
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["create", "create", "update", "delete", "delete"], promiseActions);
        Assert.DoesNotContain(await db.AuditEntries.Where(a => a.Before != null || a.After != null).Select(a => a.EntityType).ToListAsync(),
            t => t is "InsurerCall" or "CallPromise");
        Assert.DoesNotContain(app.Factory.Logs.Lines, l => l.Contains("Tivewood", StringComparison.Ordinal) || l.Contains("M79.7", StringComparison.Ordinal)
            || l.Contains("Letter confirming", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_call_script_pre_fills_the_questions_capped_at_4000_characters()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var form = await patient.FormAsync("/account/calls/new?questions=" + Uri.EscapeDataString("Is CPT 97124 covered?"));
        Assert.Equal("Is CPT 97124 covered?", ((IHtmlTextAreaElement)form.QuerySelector("#questionsAsked")!).Value);

        var long_ = await patient.FormAsync("/account/calls/new?questions=" + new string('q', 5000));
        Assert.Equal(4000, ((IHtmlTextAreaElement)long_.QuerySelector("#questionsAsked")!).Value.Length);
    }

    [Fact]
    public async Task A_missing_insurer_and_a_promise_without_a_date_come_back_beside_their_fields()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var answers = ValidCall("");
        answers["Form.Promises[0].DueOn"] = "";
        answers["Form.ReferenceNumber"] = new string('r', 101);

        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/calls/new"), answers);
        var page = await HtmlPage.ParseAsync(response);

        Assert.Contains("Enter the insurer", page.QuerySelector("#insurer-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("at most 100", page.QuerySelector("#referenceNumber-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("date this promise is due", page.GetElementById("promises[0].DueOn-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ms Representa Tivewood", ((IHtmlInputElement)page.QuerySelector("#representative")!).Value);
        Assert.Equal("Letter confirming coverage", ((IHtmlInputElement)page.GetElementById("promises[0].What")!).Value);
    }

    [Fact]
    public async Task A_call_dated_in_the_future_is_refused_beside_its_date_and_nothing_is_saved()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var answers = ValidCall();
        answers["Form.CalledAt"] = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/calls/new"), answers);
        var page = await HtmlPage.ParseAsync(response);

        Assert.Contains("a call is logged after it happens", page.QuerySelector("#calledAt-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(answers["Form.CalledAt"], ((IHtmlInputElement)page.QuerySelector("#calledAt")!).Value);
        var calls = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account/calls", UriKind.Relative)));
        Assert.Empty(calls.QuerySelectorAll("li[id^=call-]"));
    }

    [Fact]
    public async Task Another_patient_gets_404_for_a_call_on_every_route_and_verb_and_changes_nothing()
    {
        var owner = await PatientSession.RegisterAsync(app.Factory);
        var id = await CreateAsync(owner);
        var other = await PatientSession.RegisterAsync(app.Factory);
        var ownId = await CreateAsync(other, ValidCall("Other Insurer"));
        var editForm = await other.FormAsync($"/account/calls/{ownId}/edit");
        var deleteForm = await other.FormAsync($"/account/calls/{ownId}/delete");

        foreach (var path in new[] { $"/account/calls/{id}/edit", $"/account/calls/{id}/delete" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        editForm.Action = $"/account/calls/{id}/edit";
        deleteForm.Action = $"/account/calls/{id}/delete";
        using var edited = await FormSubmitter.SubmitAsync(other.Client, editForm, new Dictionary<string, string> { ["Form.Insurer"] = "Intruder" });
        using var deleted = await FormSubmitter.SubmitAsync(other.Client, deleteForm, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, edited.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);

        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var call = await db.InsurerCalls.Include(c => c.Promises).SingleAsync(c => c.Id == id);
        Assert.Equal("Acme Health", call.Insurer);
        Assert.Equal(2, call.Promises.Count);
    }

    [Theory]
    [InlineData("/account/calls")]
    [InlineData("/account/calls/new")]
    [InlineData("/account/calls/1/edit")]
    [InlineData("/account/calls/1/delete")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_stale_call_save_is_refused_and_the_first_save_stays()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await CreateAsync(patient);
        using var second = app.Factory.CreateClient();
        await ReferralPageTests.SignInAsync(second, patient);

        var first = await patient.FormAsync($"/account/calls/{id}/edit");
        var stale = await (patient with { Client = second }).FormAsync($"/account/calls/{id}/edit");
        using (await FormSubmitter.SubmitAsync(patient.Client, first, new Dictionary<string, string> { ["Form.ReferenceNumber"] = "FIRST-1" }))
        {
        }

        using var refused = await FormSubmitter.SubmitAsync(second, stale, new Dictionary<string, string> { ["Form.ReferenceNumber"] = "SECOND-2" });
        var page = await HtmlPage.ParseAsync(refused);

        Assert.Contains("This record changed since you opened it", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("FIRST-1", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("SECOND-2", ((IHtmlInputElement)page.QuerySelector("#referenceNumber")!).Value);
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        Assert.Equal("FIRST-1", (await db.InsurerCalls.SingleAsync(c => c.Id == id)).ReferenceNumber);
    }
}
