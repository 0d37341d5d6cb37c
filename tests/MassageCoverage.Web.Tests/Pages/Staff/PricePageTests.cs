using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Staff;

/// <summary>
/// The self-pay price list: staff add, change and delete prices per CPT code and session length; every change is
/// audited, a stale save is refused, and a patient cannot reach it. Each test prices its own session length, so the
/// tests do not meet over one row.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class PricePageTests(AppFixture app)
{
    private static int _nextMinutes = 100;

    // A length no other test prices (the list is shared by the collection's tests).
    private static string FreshMinutes() => Interlocked.Increment(ref _nextMinutes).ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Price(string code, string minutes, string amount) =>
        new() { ["Form.CptCode"] = code, ["Form.Minutes"] = minutes, ["Form.Amount"] = amount };

    [Fact]
    public async Task Staff_add_a_price_see_it_listed_and_the_addition_is_audited()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var minutes = FreshMinutes();

        var list = await staff.SubmitAsync("/staff/prices/new", Price("97124", minutes, "$1,095.5"));

        Assert.EndsWith("/staff/prices", list.Url, StringComparison.Ordinal);
        var row = list.QuerySelectorAll("#prices tbody tr").Single(r => r.TextContent.Contains($"{minutes} minutes", StringComparison.Ordinal));
        Assert.Contains("97124", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("$1,095.50", row.TextContent, StringComparison.Ordinal);
        var price = await app.Factory.DbAsync(db => db.ClinicPrices.SingleAsync(p => p.CptCode == "97124" && p.Minutes == int.Parse(minutes, CultureInfo.InvariantCulture)));
        Assert.Equal(1095.50m, price.Amount);
        var audit = await AuditOfAsync(price.Id);
        var created = Assert.Single(audit);
        Assert.Equal((staff.UserId, AuditActions.Create, (string?)null), (created.Actor, created.Action, created.Before));
        Assert.Equal(1095.50m, Amount(created.After));
    }

    [Fact]
    public async Task Staff_change_a_price_and_the_change_is_audited_with_the_values_before_and_after()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var minutes = FreshMinutes();
        await staff.SubmitAsync("/staff/prices/new", Price("97124", minutes, "80"));
        var id = await IdAsync("97124", minutes);

        var list = await staff.SubmitAsync($"/staff/prices/{id}/edit", new Dictionary<string, string> { ["Form.Amount"] = "92.25" });

        Assert.Contains("$92.25", list.QuerySelector("#prices")!.TextContent, StringComparison.Ordinal);
        var updated = (await AuditOfAsync(id)).Single(a => a.Action == AuditActions.Update);
        Assert.Equal((80m, 92.25m), (Amount(updated.Before), Amount(updated.After)));
    }

    [Theory]
    [InlineData("97124", "", "95", "minutes", "Session length must be a whole number of minutes from 8 to 480")]
    [InlineData("97124", "5", "95", "minutes", "Session length must be a whole number of minutes from 8 to 480")]
    [InlineData("97010", "30", "15", "minutes", "Session length must be blank for 97010")]
    [InlineData("97124", "60", "ninety", "amount", "Price must be an amount in dollars above $0")]
    [InlineData("97124", "60", "0", "amount", "Price must be an amount in dollars above $0")]
    [InlineData("97124", "60", "95.505", "amount", "to the cent")]
    [InlineData("12345", "60", "95", "cptCode", "Service code 12345 is not one the app knows")]
    public async Task A_bad_price_is_refused_beside_its_field_and_nothing_is_saved(string code, string minutes, string amount, string field, string message)
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var before = await app.Factory.DbAsync(db => db.ClinicPrices.CountAsync());
        var form = await staff.FormAsync("/staff/prices/new");
        if (code == "12345")
        {
            // Not among the options: posted as a crafted request would post it.
            ((IHtmlSelectElement)form.QuerySelector("#cptCode")!).AddOption((IHtmlOptionElement)form.Owner!.CreateElement("option"));
            ((IHtmlOptionElement)form.QuerySelector("#cptCode option:last-child")!).Value = code;
        }

        using var response = await FormSubmitter.SubmitAsync(staff.Client, form, Price(code, minutes, amount));
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: Add a price", page.Title, StringComparison.Ordinal);
        Assert.Contains(message, page.QuerySelector($"#{field}-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($".error-summary a[href='#{field}']"));
        Assert.Equal(before, await app.Factory.DbAsync(db => db.ClinicPrices.CountAsync()));
    }

    [Fact]
    public async Task A_second_price_for_the_same_code_and_length_is_refused_beside_the_length()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var minutes = FreshMinutes();
        await staff.SubmitAsync("/staff/prices/new", Price("97124", minutes, "80"));

        using var response = await FormSubmitter.SubmitAsync(staff.Client, await staff.FormAsync("/staff/prices/new"), Price("97124", minutes, "99"));
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains($"97124 at {minutes} minutes already has a price", page.QuerySelector("#minutes-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(80m, (await app.Factory.DbAsync(db => db.ClinicPrices.SingleAsync(p => p.CptCode == "97124" && p.Minutes == int.Parse(minutes, CultureInfo.InvariantCulture)))).Amount);
    }

    [Fact]
    public async Task A_stale_price_save_is_refused_showing_the_other_persons_price_and_the_first_save_stays()
    {
        var first = await StaffSession.SignInAsync(app.Factory);
        var second = await StaffSession.SignInAsync(app.Factory);
        var minutes = FreshMinutes();
        await first.SubmitAsync("/staff/prices/new", Price("97124", minutes, "80"));
        var id = await IdAsync("97124", minutes);
        var firstForm = await first.FormAsync($"/staff/prices/{id}/edit");
        var secondForm = await second.FormAsync($"/staff/prices/{id}/edit");

        using (await FormSubmitter.SubmitAsync(first.Client, firstForm, new Dictionary<string, string> { ["Form.Amount"] = "85" }))
        {
        }

        using var refused = await FormSubmitter.SubmitAsync(second.Client, secondForm, new Dictionary<string, string> { ["Form.Amount"] = "70" });
        var page = await HtmlPage.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("85.00", page.QuerySelector("#conflict tr.changed .theirs")!.TextContent.Trim());
        Assert.Equal("70", ((IHtmlInputElement)page.QuerySelector("#amount")!).Value);
        Assert.Equal(85m, (await app.Factory.DbAsync(db => db.ClinicPrices.SingleAsync(p => p.Id == id))).Amount);

        // Saving again from the refused form replaces it on purpose.
        using var again = await FormSubmitter.SubmitAsync(second.Client, (IHtmlFormElement)page.QuerySelector("main form[method=post]")!, new Dictionary<string, string>());
        Assert.Equal(70m, (await app.Factory.DbAsync(db => db.ClinicPrices.SingleAsync(p => p.Id == id))).Amount);
    }

    [Fact]
    public async Task A_price_changed_since_the_delete_page_opened_is_not_deleted_then_a_fresh_confirmation_deletes_it()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var minutes = FreshMinutes();
        await staff.SubmitAsync("/staff/prices/new", Price("97124", minutes, "80"));
        var id = await IdAsync("97124", minutes);
        var confirm = await staff.FormAsync($"/staff/prices/{id}/delete");
        await staff.SubmitAsync($"/staff/prices/{id}/edit", new Dictionary<string, string> { ["Form.Amount"] = "81" });

        using var refused = await FormSubmitter.SubmitAsync(staff.Client, confirm, new Dictionary<string, string>());
        var page = await HtmlPage.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("$81.00", page.QuerySelector("#price")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.Factory.DbAsync(db => db.ClinicPrices.AnyAsync(p => p.Id == id)));

        using (await FormSubmitter.SubmitAsync(staff.Client, (IHtmlFormElement)page.QuerySelector("main form[method=post]")!, new Dictionary<string, string>()))
        {
        }

        Assert.False(await app.Factory.DbAsync(db => db.ClinicPrices.AnyAsync(p => p.Id == id)));
        var deleted = (await AuditOfAsync(id)).Single(a => a.Action == AuditActions.Delete);
        Assert.Equal((81m, (string?)null), (Amount(deleted.Before), deleted.After));
    }

    [Fact]
    public async Task Patients_are_forbidden_every_price_page_and_cannot_change_a_price()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var minutes = FreshMinutes();
        await staff.SubmitAsync("/staff/prices/new", Price("97124", minutes, "80"));
        var id = await IdAsync("97124", minutes);
        var patient = await PatientSession.RegisterAsync(app.Factory);

        foreach (var path in new[] { "/staff/prices", "/staff/prices/new", $"/staff/prices/{id}/edit", $"/staff/prices/{id}/delete", "/staff/clinic" })
        {
            using var get = await patient.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
            using var post = await patient.Client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([new("Form.Amount", "1"), new("Version", "0")]));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.Equal(80m, (await app.Factory.DbAsync(db => db.ClinicPrices.SingleAsync(p => p.Id == id))).Amount);
    }

    private static decimal Amount(string? json)
    {
        using var entry = System.Text.Json.JsonDocument.Parse(json!);
        return entry.RootElement.GetProperty("amount").GetDecimal();
    }

    private Task<long> IdAsync(string code, string minutes) =>
        app.Factory.DbAsync(db => db.ClinicPrices.Where(p => p.CptCode == code && p.Minutes == int.Parse(minutes, CultureInfo.InvariantCulture)).Select(p => p.Id).SingleAsync());

    private Task<List<AuditEntry>> AuditOfAsync(long id)
    {
        var key = id.ToString(CultureInfo.InvariantCulture);
        return app.Factory.DbAsync(db => db.AuditEntries.Where(a => a.EntityType == AuditEntities.ClinicPrice && a.EntityId == key).OrderBy(a => a.Id).ToListAsync());
    }
}
