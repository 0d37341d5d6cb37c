using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Staff;

/// <summary>The clinic's details that Good Faith Estimates name: saved, checked, audited, never silently overwritten.</summary>
[Collection(AppCollectionDefinition.Name)]
public class ClinicPageTests(AppFixture app)
{
    [Fact]
    public async Task Staff_save_the_clinics_details_written_as_the_irs_writes_an_ein_and_the_save_is_audited()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);

        var page = await staff.SubmitAsync("/staff/clinic", SelfPayForms.Clinic("Harbor Massage Clinic"));

        Assert.EndsWith("/staff/clinic", page.Url, StringComparison.Ordinal);
        Assert.Equal("Clinic details saved.", page.QuerySelector("#saved")!.TextContent.Trim());
        Assert.Equal("12-3456789", ((IHtmlInputElement)page.QuerySelector("#tin")!).Value);
        var saved = await app.Factory.DbAsync(db => db.ClinicSettings.SingleAsync());
        Assert.Equal(("Harbor Massage Clinic", "1234567893", "TX", staff.UserId), (saved.ProviderName, saved.Npi, saved.State, saved.UpdatedBy));
        var audit = await app.Factory.DbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == AuditEntities.ClinicSettings && a.Actor == staff.UserId).ToListAsync());
        var entry = Assert.Single(audit);
        using var after = System.Text.Json.JsonDocument.Parse(entry.After!);
        Assert.Equal(("Harbor Massage Clinic", "12-3456789"), (after.RootElement.GetProperty("providerName").GetString(), after.RootElement.GetProperty("tin").GetString()));
        Assert.Contains(entry.Action, new[] { AuditActions.Create, AuditActions.Update });
    }

    [Theory]
    [InlineData("Form.ProviderName", "", "providerName", "Enter the provider or clinic name")]
    [InlineData("Form.Npi", "1234567890", "npi", "10-digit National Provider Identifier")]
    [InlineData("Form.Tin", "07-1234567", "tin", "not a prefix the IRS uses")]
    [InlineData("Form.Tin", "12-34567", "tin", "9 digits, written 12-3456789")]
    [InlineData("Form.State", "ZZ", "state", "two-letter code of a US state")]
    [InlineData("Form.PostalCode", "7870", "postalCode", "ZIP code must be 5 digits")]
    [InlineData("Form.Phone", "555-0123", "phone", "10 digits")]
    public async Task A_bad_detail_is_refused_beside_its_field_and_nothing_is_saved(string field, string value, string id, string message)
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var answers = SelfPayForms.Clinic("Refused Clinic");
        answers[field] = value;

        using var response = await FormSubmitter.SubmitAsync(staff.Client, await staff.FormAsync("/staff/clinic"), answers);
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: Clinic details", page.Title, StringComparison.Ordinal);
        Assert.Contains(message, page.QuerySelector($"#{id}-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(value, ((IHtmlInputElement)page.QuerySelector($"#{id}")!).Value);
        Assert.False(await app.Factory.DbAsync(db => db.ClinicSettings.AnyAsync(s => s.ProviderName == "Refused Clinic")));
    }

    [Fact]
    public async Task A_stale_save_of_the_clinics_details_is_refused_showing_the_other_persons_values()
    {
        await SelfPayForms.SaveClinicAsync(app.Factory, "Harbor Massage Clinic");
        var first = await StaffSession.SignInAsync(app.Factory);
        var second = await StaffSession.SignInAsync(app.Factory);
        var firstForm = await first.FormAsync("/staff/clinic");
        var secondForm = await second.FormAsync("/staff/clinic");

        using (await FormSubmitter.SubmitAsync(first.Client, firstForm, new Dictionary<string, string> { ["Form.ProviderName"] = "First Clinic Name" }))
        {
        }

        using var refused = await FormSubmitter.SubmitAsync(second.Client, secondForm, new Dictionary<string, string> { ["Form.ProviderName"] = "Second Clinic Name" });
        var page = await HtmlPage.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("First Clinic Name", page.QuerySelector("#conflict-ProviderName .theirs")!.TextContent.Trim());
        Assert.Equal("Second Clinic Name", ((IHtmlInputElement)page.QuerySelector("#providerName")!).Value);
        Assert.Equal("First Clinic Name", (await app.Factory.DbAsync(db => db.ClinicSettings.SingleAsync())).ProviderName);
    }

    [Fact]
    public async Task Two_first_saves_at_once_keep_one_row_and_refuse_the_later()
    {
        await app.Factory.DbAsync(db => db.ClinicSettings.ExecuteDeleteAsync());
        var first = await StaffSession.SignInAsync(app.Factory);
        var second = await StaffSession.SignInAsync(app.Factory);
        var firstForm = await first.FormAsync("/staff/clinic");
        var secondForm = await second.FormAsync("/staff/clinic");

        using (await FormSubmitter.SubmitAsync(first.Client, firstForm, SelfPayForms.Clinic("First Clinic Name")))
        {
        }

        using var refused = await FormSubmitter.SubmitAsync(second.Client, secondForm, SelfPayForms.Clinic("Second Clinic Name"));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("First Clinic Name", (await app.Factory.DbAsync(db => db.ClinicSettings.SingleAsync())).ProviderName);
    }
}
