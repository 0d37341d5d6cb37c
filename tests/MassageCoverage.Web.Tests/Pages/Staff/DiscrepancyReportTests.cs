using System.Globalization;
using System.Net;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Tests.Pages.Account.Calls;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using S = MassageCoverage.Web.Tests.Pages.Account.Calls.DiscrepancySetup;

namespace MassageCoverage.Web.Tests.Pages.Staff;

/// <summary>Staff read patients' discrepancy reports and resolve them: audited, never over someone else's resolution.</summary>
[Collection(AppCollectionDefinition.Name)]
public class DiscrepancyReportTests(AppFixture app)
{
    /// <summary>A plan of its own and one open report about its visits (a call said 12, the rule says 20).</summary>
    private async Task<(string Code, long Report, PatientSession Patient, long Call)> ReportAsync()
    {
        var code = await S.PlanAsync(app);
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var (call, _) = await S.CallAsync(app, patient, code, visits: "12");
        Assert.NotNull(await DiscrepancyTests.TellAsync(patient.Client, $"/account/calls/{call}", "#discrepancy-VisitsPerYear form"));
        var report = await app.Factory.DbAsync(db => db.DiscrepancyReports.Where(r => r.PlanCode == code).Select(r => r.Id).SingleAsync());
        return (code, report, patient, call);
    }

    [Fact]
    public async Task Staff_see_the_open_count_on_the_console_and_the_report_with_nothing_of_the_patient()
    {
        var (code, report, patient, _) = await ReportAsync();
        var staff = await StaffSession.SignInAsync(app.Factory);

        var console = await staff.PageAsync("/staff/plans");
        var link = console.QuerySelector("#discrepancy-link a")!;
        Assert.Equal("/staff/discrepancies", link.GetAttribute("href"));
        var open = await app.Factory.DbAsync(db => db.DiscrepancyReports.CountAsync(r => r.Status == DiscrepancyStatus.Open));
        Assert.Equal($"Discrepancy reports: {open} open", link.TextContent);

        var list = await staff.PageAsync("/staff/discrepancies");
        var row = list.QuerySelector($"#open-reports #report-{report}")!;
        Assert.Contains($"Plan {code}", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("12 visits a year", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("20 visits a year", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-03-03", row.TextContent, StringComparison.Ordinal);
        var details = await staff.PageAsync($"/staff/discrepancies/{report}");
        Assert.Equal($"/staff/plans/{code}/rules/new", details.QuerySelector("main a.btn")!.GetAttribute("href"));
        foreach (var page in new[] { list, details })
        {
            var text = page.DocumentElement.OuterHtml;
            foreach (var secret in new[] { patient.Email, S.Insurer, S.Representative, "M79.7", "Secretwood" })
            {
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task Resolving_a_report_is_audited_closes_it_and_tells_the_patient_on_their_call()
    {
        var (_, report, patient, call) = await ReportAsync();
        var staff = await StaffSession.SignInAsync(app.Factory);

        var list = await staff.SubmitAsync($"/staff/discrepancies/{report}", new Dictionary<string, string>
        {
            ["Form.Outcome"] = "RuleUpdated", ["Form.Note"] = "New version from the 2026 benefits summary",
        });

        Assert.Equal("/staff/discrepancies", list.Location.PathName);
        Assert.Null(list.QuerySelector($"#open-reports #report-{report}"));
        Assert.Contains("Rule updated", list.QuerySelector($"#resolved-reports #report-{report}")!.TextContent, StringComparison.Ordinal);
        var stored = await app.Factory.DbAsync(db => db.DiscrepancyReports.SingleAsync(r => r.Id == report));
        Assert.Equal((DiscrepancyStatus.Resolved, DiscrepancyOutcome.RuleUpdated, staff.UserId), (stored.Status, stored.Outcome, stored.ResolvedBy));
        var entry = await app.Factory.DbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "DiscrepancyReport" && a.EntityId == report.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal((staff.UserId, "update"), (entry.Actor, entry.Action));
        Assert.Contains("Open", entry.Before!, StringComparison.Ordinal);
        Assert.Contains("RuleUpdated", entry.After!, StringComparison.Ordinal);

        var page = await DiscrepancyTests.PageAsync(patient.Client, $"/account/calls/{call}");
        Assert.StartsWith("The clinic looked at it on ", page.QuerySelector("#discrepancy-VisitsPerYear .discrepancy-status")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("benefits summary", page.DocumentElement.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resolution_without_an_outcome_or_an_other_without_a_note_is_refused_beside_its_field()
    {
        var (_, report, _, _) = await ReportAsync();
        var staff = await StaffSession.SignInAsync(app.Factory);

        var none = await staff.SubmitAsync($"/staff/discrepancies/{report}", new Dictionary<string, string> { ["Form.Note"] = "checked" });
        Assert.StartsWith("Error: ", none.Title, StringComparison.Ordinal);
        Assert.Equal("Error: Choose what you found.", none.QuerySelector("#outcome-error")!.TextContent.Trim());
        var other = await staff.SubmitAsync($"/staff/discrepancies/{report}", new Dictionary<string, string> { ["Form.Outcome"] = "Other" });
        Assert.Equal("Error: Say in a few words what you found.", other.QuerySelector("#note-error")!.TextContent.Trim());
        var tooLong = await staff.SubmitAsync($"/staff/discrepancies/{report}", new Dictionary<string, string>
        {
            ["Form.Outcome"] = "CallWasWrong", ["Form.Note"] = new string('x', DiscrepancyReport.NoteMaxLength + 1),
        });
        Assert.NotNull(tooLong.QuerySelector("#note-error"));
        Assert.Equal(DiscrepancyStatus.Open, await app.Factory.DbAsync(db => db.DiscrepancyReports.Where(r => r.Id == report).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_report_resolved_by_someone_else_first_is_not_overwritten_and_their_decision_is_shown()
    {
        var (_, report, _, _) = await ReportAsync();
        var first = await StaffSession.SignInAsync(app.Factory);
        var second = await StaffSession.SignInAsync(app.Factory);
        var secondForm = await second.FormAsync($"/staff/discrepancies/{report}");

        await first.SubmitAsync($"/staff/discrepancies/{report}", new Dictionary<string, string> { ["Form.Outcome"] = "CallWasWrong", ["Form.Note"] = "Policy PDF agrees" });
        using var response = await FormSubmitter.SubmitAsync(second.Client, secondForm, new Dictionary<string, string> { ["Form.Outcome"] = "RuleUpdated" });
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Contains("Insurer was wrong: Policy PDF agrees", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        var stored = await app.Factory.DbAsync(db => db.DiscrepancyReports.SingleAsync(r => r.Id == report));
        Assert.Equal((DiscrepancyOutcome.CallWasWrong, first.UserId), (stored.Outcome, stored.ResolvedBy));
        Assert.Equal(1, await app.Factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "DiscrepancyReport" && a.EntityId == report.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task A_call_about_a_states_Medicaid_is_compared_with_that_states_rule_and_only_an_admin_is_sent_to_it()
    {
        var catalog = await app.Factory.Services.GetRequiredService<CatalogProvider>().GetAsync();
        var rule = RuleVersions.InEffectOn(catalog.FindMedicaid("CO")!.Rules, new DateOnly(2026, 3, 3))!;
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var reference = $"REF-{Guid.NewGuid():N}"[..14];
        using (await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/calls/new"), new Dictionary<string, string>
        {
            ["Form.Insurer"] = "Health First Colorado", ["Form.CalledAt"] = "2026-03-03T10:00", ["Form.ReferenceNumber"] = reference,
            ["Form.About"] = "medicaid", ["Form.AboutState"] = "CO", ["Form.SaidCovered"] = rule.Terms.Covered ? "no" : "yes",
        }))
        {
        }

        var call = await app.Factory.DbAsync(db => db.InsurerCalls.SingleAsync(c => c.ReferenceNumber == reference));
        Assert.Equal(("medicaid:CO", false), (call.About!.Code, call.Said.IsEmpty));
        var page = await DiscrepancyTests.PageAsync(patient.Client, $"/account/calls/{call.Id}");
        Assert.Contains("Colorado", page.QuerySelector("#call-facts")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await DiscrepancyTests.TellAsync(patient.Client, $"/account/calls/{call.Id}", "#discrepancy-Covered form"));
        var report = await app.Factory.DbAsync(db => db.DiscrepancyReports.SingleAsync(r => r.ReferenceNumber == reference));
        Assert.Equal((RuleOwnerKind.Medicaid, "CO", null, rule.Id), (report.OwnerKind, report.StateCode, report.PlanCode, report.RuleVersionId));

        var staff = await StaffSession.SignInAsync(app.Factory);
        var staffPage = await staff.PageAsync($"/staff/discrepancies/{report.Id}");
        Assert.Contains("Colorado Medicaid", staffPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("kept by an admin", staffPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(staffPage.QuerySelector("main a[href^='/admin/']"));
        var admin = await StaffSession.SignInAsync(app.Factory, Roles.Admin);
        Assert.NotNull((await admin.PageAsync($"/staff/discrepancies/{report.Id}")).QuerySelector("main a[href='/admin/medicaid/CO']"));
    }

    [Fact]
    public async Task Patients_cannot_reach_the_staff_pages_and_an_unknown_report_is_not_found()
    {
        var (_, report, patient, _) = await ReportAsync();

        foreach (var url in new[] { "/staff/discrepancies", $"/staff/discrepancies/{report}" })
        {
            using var response = await patient.Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var staff = await StaffSession.SignInAsync(app.Factory);
        using var missing = await staff.Client.GetAsync(new Uri("/staff/discrepancies/999999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
