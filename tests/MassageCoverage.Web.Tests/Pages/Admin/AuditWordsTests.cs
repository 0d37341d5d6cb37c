using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Tests.Pages.Staff;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Admin;

/// <summary>The audit log in words: owners by name, fields old → new, people by email or "patient #N".</summary>
[Collection(AppCollectionDefinition.Name)]
public class AuditWordsTests(AppFixture app)
{
    [Fact]
    public async Task A_rule_and_a_plan_change_name_their_plan_and_list_each_field_old_to_new_in_words()
    {
        var (staff, code) = await RulePageTests.PlanWithRuleAsync(app);
        var ruleId = await app.Factory.DbAsync(db => db.Rules.Where(r => r.Plan!.Code == code).Select(r => r.Id).SingleAsync());
        var edit = RulePageTests.Rule("2026-01-01");
        edit["Form.MaxVisitsPerYear"] = "24";
        await staff.SubmitAsync($"/staff/plans/{code}/rules/{ruleId}/edit", edit);
        await staff.SubmitAsync($"/staff/plans/{code}/edit", new Dictionary<string, string> { ["Form.NetworkType"] = "hmo" });
        var staffEmail = await app.Factory.DbAsync(db => db.Users.Where(u => u.Id == staff.UserId).Select(u => u.Email!).SingleAsync());
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);

        var page = await Get(admin, $"/admin/audit?Owner={code}");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => Squash(td.TextContent)).ToList()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(staffEmail, r[1]));
        var ruleChange = Assert.Single(rows, r => r[2] == "Rule version" && r[4] == "changed");
        Assert.Equal($"plan Plan {code} ({code}), version from 2026-01-01", ruleChange[3]);
        Assert.Equal("max visits per year: 20 → 24", ruleChange[5]);
        var planChange = Assert.Single(rows, r => r[2] == "Plan" && r[4] == "changed");
        Assert.Equal($"plan Plan {code} ({code})", planChange[3]);
        Assert.Equal("network type: ppo → hmo", planChange[5]);
        var added = Assert.Single(rows, r => r[2] == "Plan" && r[4] == "added");
        Assert.Contains("plan type: private", added[5], StringComparison.Ordinal);
        Assert.DoesNotContain("{", page.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain($"Rule {ruleId}", page.Body!.TextContent, StringComparison.Ordinal);

        var csv = await admin.GetStringAsync(new Uri(page.QuerySelector("#csv-link")!.GetAttribute("href")!, UriKind.Relative));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at,actor,type,owner,action,changes", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.EndsWith($",{staffEmail},Rule version,\"plan Plan {code} ({code}), version from 2026-01-01\",changed,max visits per year: 20 → 24", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_state_reads_by_name_with_its_words_and_the_owner_filter_keeps_it_apart_from_plans()
    {
        var sha = new string('c', 64);
        await app.Factory.DbAsync(async db =>
        {
            db.AuditEntries.AddRange(
                new AuditEntry
                {
                    At = DateTimeOffset.UtcNow, Actor = "seed", EntityType = "MedicaidState", EntityId = "VT", Action = "update",
                    Before = """{"state":"VT","program":null,"coverageForm":"unknown","populations":[],"note":null,"source":null,"lastVerified":null}""",
                    After = """{"state":"VT","program":"Vermont Medicaid","coverageForm":"withinTherapy","populations":["adults"],"note":null,"source":"https://example.test/vt","lastVerified":"2026-11-01"}""",
                },
                new AuditEntry
                {
                    At = DateTimeOffset.UtcNow, Actor = "import", EntityType = "CatalogImport", EntityId = sha, Action = "import",
                    After = $$"""{"sha256":"{{sha}}","plansCreated":0,"plansUpdated":0,"statesCreated":0,"statesUpdated":1,"rulesAdded":2,"rulesChanged":0,"rulesRemoved":0,"plans":[],"states":["VT"]}""",
                });
            await db.SaveChangesAsync();
        });
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);

        var page = await Get(admin, "/admin/audit?Owner=vt");

        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        var state = rows.Single(r => r.TextContent.Contains("Medicaid criteria", StringComparison.Ordinal));
        Assert.Equal("Vermont Medicaid", Squash(state.QuerySelectorAll("td")[3].TextContent));
        var changes = state.QuerySelectorAll("li").Select(li => Squash(li.TextContent)).ToList();
        Assert.Contains("coverage form: unknown → within therapy", changes);
        Assert.Contains("populations: none → adults", changes);
        Assert.DoesNotContain(changes, c => c.StartsWith("state", StringComparison.Ordinal));
        var import = rows.Single(r => r.TextContent.Contains("Catalog import", StringComparison.Ordinal));
        Assert.Equal($"file SHA-256 {sha}", Squash(import.QuerySelectorAll("td")[3].TextContent));
        var imported = import.QuerySelectorAll("li").Select(li => Squash(li.TextContent)).ToList();
        Assert.Contains("states updated: 1", imported);
        Assert.Contains("rules added: 2", imported);
        Assert.Contains("states: VT", imported);
        Assert.Empty((await Get(admin, "/admin/audit?Owner=no-such-plan")).QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task A_patient_is_named_patient_number_never_by_email_or_account_id()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var (id, number) = await app.Factory.DbAsync(db => db.Users.Where(u => u.Email == patient.Email).Select(u => new { u.Id, u.Number }).SingleAsync()) is var u
            ? (u.Id, u.Number) : default;
        var gone = Guid.NewGuid().ToString();
        await app.Factory.DbAsync(async db =>
        {
            db.AuditEntries.AddRange(
                new AuditEntry { At = DateTimeOffset.UtcNow, Actor = id, EntityType = "Referral", EntityId = "424242", Action = "create" },
                new AuditEntry { At = DateTimeOffset.UtcNow, Actor = gone, EntityType = "User", EntityId = gone, Action = "delete" });
            await db.SaveChangesAsync();
        });
        using var admin = await SignedInSession.AsAsync(app.Factory, Roles.Admin);

        var page = await Get(admin, $"/admin/audit?Actor={Uri.EscapeDataString(patient.Email)}");
        var csv = await admin.GetStringAsync(new Uri($"/admin/audit.csv?Actor={Uri.EscapeDataString(patient.Email)}", UriKind.Relative));

        Assert.Contains($"patient #{number}", page.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"patient #{number},Referral,#424242,added", csv, StringComparison.Ordinal);
        foreach (var text in new[] { page.QuerySelector("main")!.TextContent.Replace(patient.Email, "", StringComparison.Ordinal), csv })
        {
            Assert.DoesNotContain(id, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(patient.Email, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(patient.Email, page.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        var deleted = await Get(admin, $"/admin/audit?Actor={gone}");
        Assert.Contains("a deleted account", deleted.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(gone, deleted.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static async Task<AngleSharp.Dom.IDocument> Get(HttpClient client, string url) =>
        await HtmlPage.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
}
