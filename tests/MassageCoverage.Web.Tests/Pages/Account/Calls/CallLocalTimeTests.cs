using System.Globalization;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Account.Calls;

/// <summary>Calls typed at a time the patient's clocks skipped or repeated (a new account's zone is New York).</summary>
[Collection(AppCollectionDefinition.Name)]
public class CallLocalTimeTests(AppFixture app)
{
    private const string Skipped = "2026-03-08T02:30";
    private const string Repeated = "2026-11-01T01:30";
    private const string SkippedMessage = "2:30 AM did not exist on 8 March 2026 in New York: clocks moved from 2:00 to 3:00.";
    private const string RepeatedMessage = "1:30 AM happened twice on 1 November 2026 in New York; we kept the first, in daylight time (UTC-4).";

    private static Dictionary<string, string> Call(string calledAt, string reference) => new()
    {
        ["Form.CalledAt"] = calledAt, ["Form.Insurer"] = "Acme Health", ["Form.ReferenceNumber"] = reference,
    };

    [Fact]
    public async Task A_call_at_a_skipped_time_is_refused_beside_its_date_saying_why_and_nothing_is_stored()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);

        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/calls/new"), Call(Skipped, "GAP-1"));
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains(SkippedMessage, page.QuerySelector("#calledAt-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Skipped, ((IHtmlInputElement)page.QuerySelector("#calledAt")!).Value);
        Assert.False(await app.Factory.DbAsync(db => db.InsurerCalls.AnyAsync(c => c.ReferenceNumber == "GAP-1")));
    }

    [Fact]
    public async Task An_edit_to_a_skipped_time_is_refused_beside_its_date_and_the_call_keeps_its_time()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await CreateAsync(patient, Call("2026-03-07T10:00", "GAP-2"));

        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync($"/account/calls/{id}/edit"),
            new Dictionary<string, string> { ["Form.CalledAt"] = Skipped });
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains(SkippedMessage, page.QuerySelector("#calledAt-error")!.TextContent, StringComparison.Ordinal);
        var stored = await app.Factory.DbAsync(db => db.InsurerCalls.Where(c => c.Id == id).Select(c => c.CalledAt).SingleAsync());
        Assert.Equal(DateTimeOffset.Parse("2026-03-07T15:00Z", CultureInfo.InvariantCulture), stored);
    }

    [Fact]
    public async Task A_call_at_a_repeated_time_keeps_the_first_in_daylight_time_and_its_list_and_edit_pages_say_so()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);

        var id = await CreateAsync(patient, Call(Repeated, "TWICE-1"));

        var stored = await app.Factory.DbAsync(db => db.InsurerCalls.Where(c => c.Id == id).Select(c => c.CalledAt).SingleAsync());
        Assert.Equal(DateTimeOffset.Parse("2026-11-01T01:30-04:00", CultureInfo.InvariantCulture), stored);
        var list = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account/calls", UriKind.Relative)));
        Assert.Contains(RepeatedMessage, list.QuerySelector($"#call-{id}")!.TextContent, StringComparison.Ordinal);
        var edit = await patient.FormAsync($"/account/calls/{id}/edit");
        Assert.Equal(Repeated, ((IHtmlInputElement)edit.QuerySelector("#calledAt")!).Value);
        Assert.Contains(RepeatedMessage, edit.QuerySelector("#calledAt-hint")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_to_a_repeated_time_keeps_the_first_and_the_list_says_so()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await CreateAsync(patient, Call("2026-10-31T09:00", "TWICE-2"));

        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync($"/account/calls/{id}/edit"),
            new Dictionary<string, string> { ["Form.CalledAt"] = Repeated });

        Assert.Equal("/account/calls", response.RequestMessage!.RequestUri!.AbsolutePath);
        var stored = await app.Factory.DbAsync(db => db.InsurerCalls.Where(c => c.Id == id).Select(c => c.CalledAt).SingleAsync());
        Assert.Equal(DateTimeOffset.Parse("2026-11-01T05:30Z", CultureInfo.InvariantCulture), stored);
        var list = await HtmlPage.ParseAsync(response);
        Assert.Contains(RepeatedMessage, list.QuerySelector($"#call-{id}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_stored_at_the_second_of_a_repeated_hour_keeps_it_when_edited_without_changing_the_time()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await CreateAsync(patient, Call("2026-10-31T09:00", "TWICE-3"));
        // As calls saved before times were resolved: 01:30 in standard time, the second occurrence.
        var second = DateTimeOffset.Parse("2026-11-01T06:30Z", CultureInfo.InvariantCulture);
        await app.Factory.DbAsync(db => db.InsurerCalls.Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.CalledAt, second)));

        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync($"/account/calls/{id}/edit"),
            new Dictionary<string, string> { ["Form.ReferenceNumber"] = "TWICE-3b" });

        Assert.Equal("/account/calls", response.RequestMessage!.RequestUri!.AbsolutePath);
        var stored = await app.Factory.DbAsync(db => db.InsurerCalls.Where(c => c.Id == id).Select(c => c.CalledAt).SingleAsync());
        Assert.Equal(second, stored);
    }

    private static async Task<long> CreateAsync(PatientSession patient, Dictionary<string, string> answers)
    {
        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/calls/new"), answers);
        Assert.Equal("/account/calls", response.RequestMessage!.RequestUri!.AbsolutePath);
        var first = (await HtmlPage.ParseAsync(response)).QuerySelector("li[id^=call-]")!;
        return long.Parse(first.Id!["call-".Length..], CultureInfo.InvariantCulture);
    }
}
