using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Tests.Pages.Account.Referrals;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Account.Denials;

[Collection(AppCollectionDefinition.Name)]
public class DenialPageTests(AppFixture app)
{
    internal const string Notice = "2026-03-02";

    internal static Dictionary<string, string> ValidDenial(string route = "Private") => new()
    {
        ["Form.NoticeDate"] = Notice,
        ["Form.Insurer"] = "Acme Health",
        ["Form.PlanName"] = "Acme Gold PPO",
        ["Form.MemberId"] = "XZ123456789",
        ["Form.Route"] = route,
        ["Form.ClaimReference"] = "CLM-2026-0042",
        ["Form.Reason"] = "MaintenanceCare",
        ["Form.InOwnWords"] = "They said my back pain is chronic",
        ["Form.ServiceCode"] = "97124",
        ["Form.ServiceDates"] = "3, 10 and 17 February 2026",
    };

    internal static async Task<long> CreateAsync(PatientSession patient, Dictionary<string, string>? answers = null)
    {
        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/denials/new"), answers ?? ValidDenial());
        Assert.Matches("^/account/denials/[0-9]+$", response.RequestMessage!.RequestUri!.AbsolutePath);
        return long.Parse(response.RequestMessage.RequestUri.AbsolutePath["/account/denials/".Length..], CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("Private", "August 29, 2026", "an internal appeal to your plan: 180 days", "45 CFR 147.136")]
    [InlineData("MedicareAdvantage", "May 6, 2026", "a reconsideration by your plan: 65 days", "42 CFR 422.582")]
    [InlineData("OriginalMedicare", "June 30, 2026", "a redetermination by the Medicare contractor: 120 days", "42 CFR 405.942")]
    [InlineData("MedicaidManagedCare", "May 1, 2026", "an appeal to your Medicaid plan: 60 days", "42 CFR 438.402(c)(2)(ii)")]
    [InlineData("MedicaidFeeForService", "May 31, 2026", "a state fair hearing: 90 days", "42 CFR 431.221(d)")]
    public async Task The_appeal_deadline_follows_the_kind_of_plan_with_its_source(string route, string due, string step, string source)
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await CreateAsync(patient, ValidDenial(route));

        var page = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri($"/account/denials/{id}", UriKind.Relative)));
        var box = page.QuerySelector(".deadline-box")!.TextContent;
        Assert.Contains($"Appeal by {due}", box, StringComparison.Ordinal);
        Assert.Contains($"You have until {due} to ask for {step} from the date on the notice.", box, StringComparison.Ordinal);
        Assert.Contains("If your notice gives a different date, follow the notice.", box, StringComparison.Ordinal);
        Assert.Equal(source, page.QuerySelector(".deadline-box .source a")!.TextContent);
        Assert.Equal(route == "MedicaidFeeForService", box.Contains("Your state may give you less time", StringComparison.Ordinal));
        // The notice is months old in the tests' clock: the page says the date passed, never that it is still open.
        Assert.Contains("Call your plan and ask whether you can still appeal", box, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_patient_who_cannot_tell_the_kind_of_plan_is_given_the_shortest_deadline_and_told_the_notice_decides()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await CreateAsync(patient, ValidDenial("NotSure"));

        var box = (await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri($"/account/denials/{id}", UriKind.Relative))))
            .QuerySelector(".deadline-box")!.TextContent;
        Assert.Contains("Appeal by May 1, 2026", box, StringComparison.Ordinal);
        Assert.Contains("Your notice says how long you have. Until you know, aim for May 1, 2026: 60 days is the shortest time", box, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_beside_each_field_and_nothing_is_saved()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var answers = ValidDenial();
        answers["Form.NoticeDate"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        answers["Form.Insurer"] = "";
        answers["Form.MemberId"] = new string('9', 65);
        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/denials/new"), answers);

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal("/account/denials/new", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Contains("cannot be later than today", page.QuerySelector("#noticeDate-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter the insurer", page.QuerySelector("#insurer-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("64 characters or fewer", page.QuerySelector("#memberId-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.DbAsync(db => db.Denials.CountAsync(d => db.Users.Any(u => u.Id == d.OwnerId && u.Email == patient.Email))));
    }

    [Fact]
    public async Task A_choice_outside_the_lists_or_another_patients_referral_is_refused()
    {
        var other = await PatientSession.RegisterAsync(app.Factory);
        var theirs = await ReferralPageTests.CreateAsync(other);
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var form = await patient.FormAsync("/account/denials/new");
        foreach (var (select, value) in new[] { ("referralId", theirs.ToString(CultureInfo.InvariantCulture)), ("serviceCode", "99999") })
        {
            var option = (IHtmlOptionElement)form.Owner!.CreateElement("option");
            option.Value = value;
            form.QuerySelector($"#{select}")!.AppendChild(option);
        }

        var answers = ValidDenial();
        answers["Form.ReferralId"] = theirs.ToString(CultureInfo.InvariantCulture);
        answers["Form.ServiceCode"] = "99999";
        answers["Form.Route"] = "Private";
        using var response = await FormSubmitter.SubmitAsync(patient.Client, form, answers);

        var page = await HtmlPage.ParseAsync(response);
        Assert.Contains("one of your own records", page.QuerySelector("#referralId-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Choose the service from the list.", page.QuerySelector("#serviceCode-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.DbAsync(db => db.Denials.CountAsync(d => db.Users.Any(u => u.Id == d.OwnerId && u.Email == patient.Email))));
    }

    [Fact]
    public async Task Another_patients_denial_is_not_found_on_any_of_its_pages()
    {
        var owner = await PatientSession.RegisterAsync(app.Factory);
        var id = await CreateAsync(owner);
        var other = await PatientSession.RegisterAsync(app.Factory);

        foreach (var page in new[] { "", "/edit", "/delete", "/letter", "/letter/print" })
        {
            using var response = await other.Client.GetAsync(new Uri($"/account/denials/{id}{page}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var list = await HtmlPage.ParseAsync(await other.Client.GetAsync(new Uri("/account/denials", UriKind.Relative)));
        Assert.Null(list.QuerySelector($"#denial-{id}"));
    }

    [Fact]
    public async Task Where_the_appeal_stands_is_saved_checked_and_a_kept_denial_shows_the_next_deadline()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await CreateAsync(patient, ValidDenial("MedicaidManagedCare"));
        var url = $"/account/denials/{id}";

        using (var refused = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync(url, "form[aria-labelledby=status-title]"),
            new Dictionary<string, string> { ["Status.Status"] = "Decided", ["Status.SentOn"] = "2026-02-01" }))
        {
            var page = await HtmlPage.ParseAsync(refused);
            Assert.Contains("before the date on the notice", page.QuerySelector("#sentOn-error")!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("#decidedOn-error"));
            Assert.NotNull(page.QuerySelector("#outcome-error"));
        }

        using (var sent = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync(url, "form[aria-labelledby=status-title]"),
            new Dictionary<string, string> { ["Status.Status"] = "Sent", ["Status.SentOn"] = "2026-03-20" }))
        {
            var page = await HtmlPage.ParseAsync(sent);
            Assert.Equal("Saved.", page.QuerySelector("[role=status]")!.TextContent.Trim());
            Assert.Contains("Sent on March 20, 2026", page.QuerySelector(".deadline-box")!.TextContent, StringComparison.Ordinal);
        }

        using var decided = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync(url, "form[aria-labelledby=status-title]"),
            new Dictionary<string, string> { ["Status.Status"] = "Decided", ["Status.DecidedOn"] = "2026-04-15", ["Status.Outcome"] = "Upheld" });
        var box = (await HtmlPage.ParseAsync(decided)).QuerySelector(".deadline-box")!.TextContent;
        Assert.Contains("Your plan kept its denial on April 15, 2026. You can ask for a state fair hearing by August 13, 2026.", box, StringComparison.Ordinal);
        Assert.Equal("42 CFR 438.408(f)(2)", (await HtmlPage.ParseAsync(decided)).QuerySelector(".deadline-box .source a")!.TextContent);

        var denial = await app.Factory.DbAsync(db => db.Denials.SingleAsync(d => d.Id == id));
        Assert.Equal(("Decided", new DateOnly(2026, 3, 20), "Upheld"), (denial.Status.ToString(), denial.SentOn!.Value, denial.Outcome.ToString()));
        var trail = await app.Factory.DbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Denial" && a.EntityId == id.ToString()).ToListAsync());
        Assert.Equal(["create", "update", "update"], trail.OrderBy(a => a.Id).Select(a => a.Action));
        Assert.All(trail, a =>
        {
            // A patient's record is audited by who, what and when: its contents stay out of the trail.
            Assert.Null(a.Before);
            Assert.Null(a.After);
        });
    }

    [Fact]
    public async Task An_approved_appeal_has_no_deadline_and_a_plan_with_no_timed_next_step_says_the_letter_tells()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var approved = await CreateAsync(patient, ValidDenial("Private"));
        var kept = await CreateAsync(patient, ValidDenial("MedicareAdvantage"));
        foreach (var (id, outcome) in new[] { (approved, "Approved"), (kept, "Upheld") })
        {
            using (await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync($"/account/denials/{id}", "form[aria-labelledby=status-title]"),
                new Dictionary<string, string> { ["Status.Status"] = "Decided", ["Status.SentOn"] = "2026-03-10", ["Status.DecidedOn"] = "2026-04-01", ["Status.Outcome"] = outcome }))
            {
            }
        }

        Assert.Contains("Your plan agreed to pay.", await BoxAsync(patient, approved), StringComparison.Ordinal);
        Assert.Contains("Your plan's decision letter says what you can do next and by when.", await BoxAsync(patient, kept), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_over_a_change_made_elsewhere_is_refused_and_shows_the_saved_values()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await CreateAsync(patient);
        var first = await patient.FormAsync($"/account/denials/{id}/edit");
        var second = await patient.FormAsync($"/account/denials/{id}/edit");
        using (await FormSubmitter.SubmitAsync(patient.Client, first, new Dictionary<string, string> { ["Form.ClaimReference"] = "FIRST-1" }))
        {
        }

        using var stale = await FormSubmitter.SubmitAsync(patient.Client, second, new Dictionary<string, string> { ["Form.ClaimReference"] = "SECOND-2" });

        var page = await HtmlPage.ParseAsync(stale);
        Assert.Contains("FIRST-1", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("FIRST-1", await app.Factory.DbAsync(db => db.Denials.Where(d => d.Id == id).Select(d => d.ClaimReference).SingleAsync()));
    }

    private static async Task<string> BoxAsync(PatientSession patient, long id) =>
        (await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri($"/account/denials/{id}", UriKind.Relative))))
            .QuerySelector(".deadline-box")!.TextContent;
}
