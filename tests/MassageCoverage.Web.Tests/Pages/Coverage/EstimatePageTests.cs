using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Tests.Pages.Staff;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

/// <summary>
/// The Good Faith Estimate a self-pay patient gets: every element 45 CFR 149.610(c) asks for, the total from the
/// clinic's own prices, a missing price or detail named (never made up), the dispute rights of 149.620, and nothing of
/// the patient's name or date of birth kept or logged (docs/domain.md section 5b).
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class EstimatePageTests(AppFixture app)
{
    // Lengths only these tests price or leave unpriced (the price list is shared by the collection's tests).
    private const string PricedMinutes = "53";
    private const string UnpricedMinutes = "37";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task The_estimate_has_every_element_of_149_610_with_the_clinics_price_and_details_and_the_total()
    {
        await PriceAsync(PricedMinutes, "85.50");
        await SelfPayForms.SaveClinicAsync(app.Factory, "Harbor Massage Clinic");

        var (response, page) = await EstimateAsync(SelfPayForms.Estimate(PricedMinutes));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.StartsWith("Good Faith Estimate", page.Title, StringComparison.Ordinal);
        // The patient's name and date of birth, and the day of the estimate.
        Assert.Equal("Rosalind Quintanilla-Oyelaran", page.QuerySelector("#gfe-patient-name")!.TextContent.Trim());
        Assert.Equal("April 2, 1980", page.QuerySelector("#gfe-patient-birth")!.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#gfe-issued")!.TextContent));
        // The service in plain words, and its scheduled date.
        var service = page.QuerySelector("#gfe-service")!.TextContent;
        Assert.Contains("CPT 97124 (massage)", service, StringComparison.Ordinal);
        Assert.Contains("53 minutes", service, StringComparison.Ordinal);
        Assert.Equal(Today.AddDays(10).ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US")), page.QuerySelector("#gfe-scheduled")!.TextContent.Trim());
        // Each expected item with its code, diagnosis codes and expected charge; the total.
        var line = Assert.Single(page.QuerySelectorAll("#gfe-items tbody tr"));
        Assert.Equal("97124", line.QuerySelector(".gfe-cpt")!.TextContent.Trim());
        Assert.Equal("M54.50, M62.830", line.QuerySelector(".gfe-diagnoses")!.TextContent.Trim());
        Assert.Equal("$85.50", line.QuerySelector(".gfe-price")!.TextContent.Trim());
        Assert.Equal("$342.00", line.QuerySelector(".gfe-charge")!.TextContent.Trim());
        Assert.Equal("Total expected charges: $342.00", page.QuerySelector("#gfe-total")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#gfe-incomplete"));
        // The provider's name, NPI, TIN and where the service is given.
        Assert.Equal("Harbor Massage Clinic", page.QuerySelector("#gfe-provider-name")!.TextContent.Trim());
        Assert.Equal("1234567893", page.QuerySelector("#gfe-provider-npi")!.TextContent.Trim());
        Assert.Equal("12-3456789", page.QuerySelector("#gfe-provider-tin")!.TextContent.Trim());
        var address = page.QuerySelector("#gfe-provider-address")!.TextContent;
        Assert.Contains("12 Harbor Street", address, StringComparison.Ordinal);
        Assert.Contains("Austin, TX 78701", address, StringComparison.Ordinal);
        Assert.Equal("(512) 555-0123", page.QuerySelector("#gfe-provider-phone")!.TextContent.Trim());
        // The notices: an estimate, other items may be billed, not a contract.
        Assert.Contains("It is only an estimate", page.QuerySelector("#gfe-notice-estimate")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("not on this estimate, and they may be billed", page.QuerySelector("#gfe-notice-other")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("This estimate is not a contract", page.QuerySelector("#gfe-notice-contract")!.TextContent, StringComparison.Ordinal);
        // The dispute rights: $400 or more above the estimate, within 120 days of the bill, and where to learn how.
        var rights = page.QuerySelector("#gfe-rights")!.TextContent;
        Assert.Contains("If the clinic bills you $400.00 or more above this estimate, you can dispute the bill.", rights, StringComparison.Ordinal);
        Assert.Contains("within 120 days of the date on the bill", rights, StringComparison.Ordinal);
        Assert.Contains("www.cms.gov/nosurprises/consumers", rights, StringComparison.Ordinal);
        Assert.Contains("1-800-985-3059", rights, StringComparison.Ordinal);
        Assert.Contains("will not change the quality of the care", rights, StringComparison.Ordinal);
        Assert.Equal("https://www.cms.gov/nosurprises/consumers", page.QuerySelector("#gfe-rights a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_estimate_prints_on_us_letter_with_its_own_print_stylesheet()
    {
        using var client = app.Factory.CreateClient();
        var form = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/estimate", UriKind.Relative)));
        var sheet = form.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("estimate", StringComparison.Ordinal));

        var css = await client.GetStringAsync(new Uri(sheet, UriKind.Relative));

        Assert.Contains("@page { size: letter;", css, StringComparison.Ordinal);
        Assert.Contains(".print-hide", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_length_the_clinic_has_not_priced_is_named_with_no_charge_invented_and_the_priced_lengths_are_given()
    {
        await PriceAsync(PricedMinutes, "85.50");

        var (_, page) = await EstimateAsync(SelfPayForms.Estimate(UnpricedMinutes));

        var line = Assert.Single(page.QuerySelectorAll("#gfe-items tbody tr"));
        Assert.Contains("The clinic has not set a price for this service at 37 minutes.", line.TextContent, StringComparison.Ordinal);
        Assert.Contains("The clinic has prices for visits of", line.TextContent, StringComparison.Ordinal);
        Assert.Contains("53", line.QuerySelector(".gfe-missing span")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Not known", line.QuerySelector(".gfe-charge")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#gfe-total"));
        Assert.Contains("The clinic has not set its prices yet", page.QuerySelector("#gfe-incomplete")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("$", page.QuerySelector("#gfe-items")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_the_clinic_has_entered_its_details_the_estimate_says_each_one_is_not_set()
    {
        await app.Factory.DbAsync(db => db.ClinicSettings.ExecuteDeleteAsync());

        var (response, page) = await EstimateAsync(SelfPayForms.Estimate(UnpricedMinutes));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var id in new[] { "name", "npi", "tin", "address", "phone" })
        {
            Assert.Equal("The clinic has not set this yet.", page.QuerySelector($"#gfe-provider-{id}")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task A_check_answer_opens_the_form_pre_filled_with_its_service_minutes_and_diagnosis_but_never_a_name()
    {
        using var client = app.Factory.CreateClient();
        var result = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(
            "/check/result?coverage=noInsurance&diagnosis=M54.50&provider=massageTherapist&minutes=60", UriKind.Relative)));
        var link = result.QuerySelector("#estimate-link")!.GetAttribute("href")!;

        var form = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(link, UriKind.Relative)));

        Assert.Equal("97124", ((IHtmlSelectElement)form.QuerySelector("#service")!).Value);
        Assert.Equal("60", ((IHtmlInputElement)form.QuerySelector("#minutes")!).Value);
        Assert.Equal("M54.50", ((IHtmlInputElement)form.QuerySelector("#diagnosis")!).Value);
        Assert.Equal("", ((IHtmlInputElement)form.QuerySelector("#name")!).Value);

        var withName = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/estimate?Form.Name=Someone&name=Someone", UriKind.Relative)));
        Assert.Equal("", ((IHtmlInputElement)withName.QuerySelector("#name")!).Value);
    }

    [Theory]
    [InlineData("/check/result?coverage=medicare&diagnosis=M54.50&provider=massageTherapist&licensed=yes&inNetwork=yes&referral=no&priorAuth=no&visitsUsed=0", true)]
    [InlineData("/check/result?coverage=noInsurance&provider=massageTherapist", true)]
    [InlineData("/check/result?coverage=notSure&provider=massageTherapist", false)]
    public async Task The_estimate_is_offered_on_a_not_covered_answer_and_without_insurance(string url, bool offered)
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));

        Assert.Equal(offered, page.QuerySelector("#estimate-link") is not null);
    }

    [Theory]
    [InlineData("Form.Name", " ", "name", "Enter your full name")]
    [InlineData("Form.BirthDate", "2999-01-01", "birthDate", "Enter your date of birth")]
    [InlineData("Form.BirthDate", "04/02/1980", "birthDate", "Enter your date of birth")]
    [InlineData("Form.Minutes", "", "minutes", "a whole number from 8 to 480")]
    [InlineData("Form.Visits", "0", "visits", "a whole number from 1 to 52")]
    [InlineData("Form.Diagnosis", "M54.50, not-a-code", "diagnosis", "not-a-code")]
    [InlineData("Form.ScheduledOn", "2000-01-01", "scheduledOn", "today or later")]
    public async Task A_mistake_is_shown_beside_its_field_keeping_what_was_typed(string field, string value, string id, string message)
    {
        var answers = SelfPayForms.Estimate(PricedMinutes);
        answers[field] = value;

        var (response, page) = await EstimateAsync(answers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Contains(message, page.QuerySelector($"#{id}-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($".error-summary a[href='#{id}']"));
        Assert.Null(page.QuerySelector("#gfe-items"));
        Assert.Equal(answers["Form.Name"].Trim(), ((IHtmlInputElement)page.QuerySelector("#name")!).Value);
        Assert.Equal(value.Trim(), ((IHtmlInputElement)page.QuerySelector($"#{id}")!).Value);
    }

    [Fact]
    public async Task A_service_charged_once_a_visit_is_priced_per_visit_without_minutes()
    {
        await app.Factory.DbAsync(async db =>
        {
            await db.ClinicPrices.Where(p => p.CptCode == "97010").ExecuteDeleteAsync();
            db.ClinicPrices.Add(new ClinicPrice { CptCode = "97010", Amount = 15m, UpdatedBy = "test", UpdatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });
        var answers = SelfPayForms.Estimate("");
        answers["Form.Service"] = "97010";
        answers["Form.Visits"] = "2";

        var (_, page) = await EstimateAsync(answers);

        Assert.Contains("Charged once a visit", page.QuerySelector("#gfe-service")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("$30.00", page.QuerySelector("#gfe-items .gfe-charge")!.TextContent.Trim());
        Assert.Equal("Total expected charges: $30.00", page.QuerySelector("#gfe-total")!.TextContent.Trim());
    }

    [Fact]
    public async Task Minutes_for_a_service_charged_once_a_visit_are_refused()
    {
        var answers = SelfPayForms.Estimate("30");
        answers["Form.Service"] = "97010";

        var (_, page) = await EstimateAsync(answers);

        Assert.Contains("Leave the minutes blank: CPT 97010", page.QuerySelector("#minutes-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_of_the_patients_name_or_date_of_birth_is_logged_or_stored()
    {
        var answers = SelfPayForms.Estimate(PricedMinutes);
        answers["Form.Name"] = "Zebulon Privacyname-Test";
        answers["Form.BirthDate"] = "1961-07-19";

        var audited = await app.Factory.DbAsync(db => db.AuditEntries.CountAsync());

        var (_, page) = await EstimateAsync(answers);
        Assert.Equal("Zebulon Privacyname-Test", page.QuerySelector("#gfe-patient-name")!.TextContent.Trim());
        await app.Factory.Logs.WaitForAsync(l => l.StartsWith("HTTP \"POST\" \"/estimate\" responded 200", StringComparison.Ordinal));

        Assert.DoesNotContain(app.Factory.Logs.Lines, l => l.Contains("Privacyname", StringComparison.Ordinal));
        // The date in any form it could take (a bare "1961" also turns up in request ids and timings).
        Assert.DoesNotContain(app.Factory.Logs.Lines, l => l.Contains("1961-07-19", StringComparison.Ordinal)
            || l.Contains("07/19/1961", StringComparison.Ordinal) || l.Contains("July 19, 1961", StringComparison.Ordinal));
        Assert.Equal(audited, await app.Factory.DbAsync(db => db.AuditEntries.CountAsync()));
    }

    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> EstimateAsync(Dictionary<string, string> answers)
    {
        var client = app.Factory.CreateClient();
        var form = (IHtmlFormElement)(await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/estimate", UriKind.Relative)))).QuerySelector("main form[method=post]")!;
        var response = await FormSubmitter.SubmitAsync(client, form, answers);
        return (response, await HtmlPage.ParseAsync(response));
    }

    /// <summary>Sets the price of 97124 at <paramref name="minutes"/> straight in the table (the staff page has its own tests).</summary>
    private Task PriceAsync(string minutes, string amount) => app.Factory.DbAsync(async db =>
    {
        var length = int.Parse(minutes, CultureInfo.InvariantCulture);
        await db.ClinicPrices.Where(p => p.CptCode == "97124" && p.Minutes == length).ExecuteDeleteAsync();
        db.ClinicPrices.Add(new ClinicPrice
        {
            CptCode = "97124", Minutes = length, Amount = decimal.Parse(amount, CultureInfo.InvariantCulture), UpdatedBy = "test",
            UpdatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    });
}
