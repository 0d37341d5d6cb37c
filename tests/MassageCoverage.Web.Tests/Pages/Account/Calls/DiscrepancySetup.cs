using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Tests.Pages.Staff;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Account.Calls;

/// <summary>A plan of the tests' own whose rule is known, and calls about it recorded through the real call form.</summary>
internal static class DiscrepancySetup
{
    /// <summary>What the patient typed: words of theirs that must never reach a report or a staff page.</summary>
    public const string Insurer = "Quillborne Mutual";
    public const string Representative = "Ms Olvidia Secretwood";
    public const string Answers = "She asked about my M79.7 fibromyalgia";

    /// <summary>A covered plan: 20 visits a year, no referral, no prior authorization, last verified January 15, 2026.</summary>
    public static async Task<string> PlanAsync(AppFixture app)
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        await staff.SubmitAsync("/staff/plans/new", StaffSession.NewPlan(code));
        var rule = RulePageTests.Rule("2026-01-01");
        rule["Form.Covered"] = "true";
        var details = await staff.SubmitAsync($"/staff/plans/{code}/rules/new", rule);
        Assert.Single(details.QuerySelectorAll("#versions tbody tr"));
        return code;
    }

    /// <summary>
    /// Records a call on March 3, 2026 about <paramref name="code"/>, found with the form's plan search as a patient
    /// without scripts does; each answer is yes, no, a number or empty (not asked). Returns the call's id.
    /// </summary>
    public static async Task<(long Id, string Reference)> CallAsync(
        AppFixture app, PatientSession patient, string code, string covered = "", string visits = "", string referral = "", string priorAuth = "")
    {
        var reference = $"REF-{Guid.NewGuid():N}"[..14];
        using var found = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/calls/new"),
            new Dictionary<string, string> { ["Form.PlanQuery"] = code }, "Find plan");
        var form = (IHtmlFormElement)(await HtmlPage.ParseAsync(found)).QuerySelector("main form")!;
        using var saved = await FormSubmitter.SubmitAsync(patient.Client, form, new Dictionary<string, string>
        {
            ["Form.Insurer"] = Insurer, ["Form.CalledAt"] = "2026-03-03T10:00", ["Form.Representative"] = Representative,
            ["Form.ReferenceNumber"] = reference, ["Form.Answers"] = Answers, ["Form.About"] = $"plan:{code}",
            ["Form.SaidCovered"] = covered, ["Form.SaidVisits"] = visits, ["Form.SaidReferral"] = referral, ["Form.SaidPriorAuth"] = priorAuth,
        });
        Assert.Equal("/account/calls", saved.RequestMessage!.RequestUri!.AbsolutePath);
        var id = await app.Factory.DbAsync(db => db.InsurerCalls.Where(c => c.ReferenceNumber == reference).Select(c => c.Id).SingleAsync());
        return (id, reference);
    }

    /// <summary>A check of <paramref name="code"/> whose answer uses the plan's rule.</summary>
    public static string Check(string code) =>
        $"/check/result?coverage=private&state=CO&plan={code}&diagnosis=M54.50&licensed=yes&inNetwork=yes&referral=no&priorAuth=no&visitsUsed=0";
}
