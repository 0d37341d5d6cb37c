using System.Text.Json;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Account.Export;

[Collection(AppCollectionDefinition.Name)]
public class RecordsInExportAndDeletionTests(AppFixture app)
{
    [Fact]
    public async Task The_export_holds_the_patients_own_referrals_and_calls_and_no_one_elses()
    {
        var a = await PatientSession.RegisterAsync(app.Factory);
        var b = await PatientSession.RegisterAsync(app.Factory);
        await AddRecordsAsync(a, "Dr. Alpha");
        await AddRecordsAsync(b, "Dr. Bravo");

        using var json = JsonDocument.Parse(await a.Client.GetStringAsync(new Uri("/account/export/json", UriKind.Relative)));
        var referral = Assert.Single(json.RootElement.GetProperty("referrals").EnumerateArray());
        Assert.Equal("Dr. Alpha", referral.GetProperty("prescriberName").GetString());
        Assert.Equal("1234567893", referral.GetProperty("prescriberNpi").GetString());
        var call = Assert.Single(json.RootElement.GetProperty("insurerCalls").EnumerateArray());
        Assert.Equal("REF-Dr. Alpha", call.GetProperty("referenceNumber").GetString());
        Assert.Equal("Send the letter", Assert.Single(call.GetProperty("promises").EnumerateArray()).GetProperty("what").GetString());
        Assert.DoesNotContain("Dr. Bravo", json.RootElement.GetRawText(), StringComparison.Ordinal);

        var print = await HtmlPage.ParseAsync(await a.Client.GetAsync(new Uri("/account/export/print", UriKind.Relative)));
        Assert.Contains("Dr. Alpha", print.QuerySelector(".referral")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("REF-Dr. Alpha", print.QuerySelector(".insurer-call")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Dr. Bravo", print.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_account_removes_its_referrals_calls_and_promises_and_keeps_everyone_elses()
    {
        var a = await PatientSession.RegisterAsync(app.Factory);
        var b = await PatientSession.RegisterAsync(app.Factory);
        var aId = await AddRecordsAsync(a, "Dr. Gone");
        var bId = await AddRecordsAsync(b, "Dr. Stays");

        var form = await a.FormAsync("/account/delete");
        using var deleted = await FormSubmitter.SubmitAsync(a.Client, form, new Dictionary<string, string>
        {
            ["Form.Confirmation"] = "DELETE", ["Form.Password"] = a.Password,
        });

        Assert.Equal("/account/deleted", deleted.RequestMessage!.RequestUri!.AbsolutePath);
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        Assert.Equal(0, await db.Referrals.CountAsync(r => r.OwnerId == aId));
        Assert.Equal(0, await db.InsurerCalls.CountAsync(c => c.OwnerId == aId));
        Assert.Equal(0, await db.CallPromises.CountAsync(p => p.What == "Send the letter" && p.Call.OwnerId == aId));
        Assert.Equal(1, await db.Referrals.CountAsync(r => r.OwnerId == bId));
        Assert.Equal(1, await db.InsurerCalls.CountAsync(c => c.OwnerId == bId));
    }

    [Fact]
    public async Task A_denial_and_its_letter_are_in_the_patients_export_and_leave_with_the_account()
    {
        var a = await PatientSession.RegisterAsync(app.Factory);
        var b = await PatientSession.RegisterAsync(app.Factory);
        var mine = await Denials.DenialPageTests.CreateAsync(a);
        await Denials.AppealLetterPageTests.WriteAsync(a, mine);
        var answers = Denials.DenialPageTests.ValidDenial();
        answers["Form.ClaimReference"] = "THEIRS-9";
        var theirs = await Denials.DenialPageTests.CreateAsync(b, answers);

        using var json = JsonDocument.Parse(await a.Client.GetStringAsync(new Uri("/account/export/json", UriKind.Relative)));
        var denial = Assert.Single(json.RootElement.GetProperty("denials").EnumerateArray());
        Assert.Equal(("CLM-2026-0042", "Private", "MaintenanceCare", "Drafted"), (denial.GetProperty("claimReference").GetString(),
            denial.GetProperty("route").GetString(), denial.GetProperty("reason").GetString(), denial.GetProperty("status").GetString()));
        Assert.Contains("Please send me your decision in writing.", denial.GetProperty("letter").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("THEIRS-9", json.RootElement.GetRawText(), StringComparison.Ordinal);
        var print = await HtmlPage.ParseAsync(await a.Client.GetAsync(new Uri("/account/export/print", UriKind.Relative)));
        Assert.Contains("CLM-2026-0042", print.QuerySelector(".denial")!.TextContent, StringComparison.Ordinal);

        using (await FormSubmitter.SubmitAsync(a.Client, await a.FormAsync("/account/delete"), new Dictionary<string, string>
        {
            ["Form.Confirmation"] = "DELETE", ["Form.Password"] = a.Password,
        }))
        {
        }

        Assert.False(await app.Factory.DbAsync(db => db.Denials.AnyAsync(d => d.Id == mine)));
        Assert.True(await app.Factory.DbAsync(db => db.Denials.AnyAsync(d => d.Id == theirs)));
    }

    /// <summary>Stores one referral and one call with a promise for the patient, as the record pages would.</summary>
    private async Task<string> AddRecordsAsync(PatientSession patient, string prescriber)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var ownerId = (await db.Users.SingleAsync(u => u.Email == patient.Email)).Id;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        db.Referrals.Add(new Referral
        {
            OwnerId = ownerId, PrescriberName = prescriber, PrescriberNpi = "1234567893", IssuedOn = today.AddDays(-5),
            DiagnosisCodes = ["M5450"], VisitsPrescribed = 12, ExpiresOn = today.AddDays(60),
        });
        var call = new InsurerCall { OwnerId = ownerId, CalledAt = DateTimeOffset.UtcNow, Insurer = "Acme Health", ReferenceNumber = $"REF-{prescriber}" };
        call.Promises.Add(new CallPromise { What = "Send the letter", DueOn = today.AddDays(7) });
        db.InsurerCalls.Add(call);
        await db.SaveChangesAsync();
        return ownerId;
    }
}
