using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Tests.Pages.Account.Calls;
using MassageCoverage.Web.Tests.Pages.Account.Checks;
using MassageCoverage.Web.Tests.Pages.Account.Referrals;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Account.Denials;

[Collection(AppCollectionDefinition.Name)]
public class AppealLetterPageTests(AppFixture app)
{
    [Fact]
    public async Task The_first_draft_cites_the_denial_the_referral_the_policy_and_each_chosen_call_and_asks_for_a_written_decision()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var (denial, _) = await DenialWithRecordsAsync(patient);

        var letter = await WriteAsync(patient, denial);

        Assert.Contains("Acme Health\n", letter, StringComparison.Ordinal);
        Assert.Contains("Re: Appeal of the denial dated March 2, 2026, claim or reference CLM-2026-0042", letter, StringComparison.Ordinal);
        Assert.Contains("Member ID: XZ123456789", letter, StringComparison.Ordinal);
        Assert.Contains("97124", letter, StringComparison.Ordinal);
        Assert.Contains("3, 10 and 17 February 2026", letter, StringComparison.Ordinal);
        Assert.Contains("My diagnosis: M54.50 (", letter, StringComparison.Ordinal);
        Assert.Contains("M62.830 (", letter, StringComparison.Ordinal);
        Assert.Contains($"{ReferralPageTests.Prescriber} (NPI {ReferralPageTests.ValidNpi}) referred me for this treatment on", letter, StringComparison.Ordinal);
        Assert.Contains("2 per week for 6 weeks", letter, StringComparison.Ordinal);
        Assert.Contains("lower back", letter, StringComparison.Ordinal);
        Assert.Contains("I spoke with Ms Representa Tivewood (reference number REF-777).", letter, StringComparison.Ordinal);
        Assert.Contains("What I was told: Covered with a referral for M79.7", letter, StringComparison.Ordinal);
        Assert.Contains("I was promised: Letter confirming coverage, by", letter, StringComparison.Ordinal);
        Assert.Contains("Please send me your decision in writing.", letter, StringComparison.Ordinal);
        // The call to another insurer was not suggested, so it is not cited.
        Assert.DoesNotContain("REF-OTHER", letter, StringComparison.Ordinal);
        // What only the patient and the prescriber know is left in brackets, never invented.
        Assert.Contains("[Your full name]", letter, StringComparison.Ordinal);

        var saved = await app.Factory.DbAsync(db => db.Denials.SingleAsync(d => d.Id == denial));
        Assert.Equal(("Drafted", "en"), (saved.Status.ToString(), saved.LetterLanguage));
        Assert.DoesNotContain(app.Factory.Logs.Lines, l => l.Contains("Tivewood", StringComparison.Ordinal) || l.Contains("CLM-2026-0042", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_patient_edits_and_saves_the_letter_is_told_what_is_left_in_brackets_and_prints_what_they_saved()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var denial = await DenialPageTests.CreateAsync(patient);
        var written = await WriteAsync(patient, denial);
        var page = await HtmlPage.ParseAsync(await patient.Client.GetAsync(Url(denial)));
        Assert.Contains("[Your full name]", page.QuerySelector("#blanks")!.TextContent, StringComparison.Ordinal);

        var edited = written.Replace("[Your full name]", "Ana Example", StringComparison.Ordinal)
            .Replace("[Your address]", "1 Main St", StringComparison.Ordinal) + "\nP.S. My own line.";
        using var response = await FormSubmitter.SubmitAsync(patient.Client, Form(page, "Save"),
            new Dictionary<string, string> { ["Text"] = edited });
        var after = await HtmlPage.ParseAsync(response);
        Assert.Equal("Your letter is saved.", after.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Contains("P.S. My own line.", after.QuerySelector("#text")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("[Your full name]", after.QuerySelector("#blanks")?.TextContent ?? "", StringComparison.Ordinal);

        var print = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri($"/account/denials/{denial}/letter/print", UriKind.Relative)));
        var sheet = print.QuerySelector(".letter-sheet")!;
        Assert.Equal("en", sheet.GetAttribute("lang"));
        Assert.Contains("Ana Example", sheet.TextContent, StringComparison.Ordinal);
        Assert.Contains("P.S. My own line.", sheet.TextContent, StringComparison.Ordinal);

        var trail = await app.Factory.DbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "Denial" && a.EntityId == denial.ToString(CultureInfo.InvariantCulture)).ToListAsync());
        Assert.Equal(3, trail.Count);
        Assert.All(trail, a => Assert.DoesNotContain("Ana Example", a.Before + a.After + a.Actor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_letter_is_refused_beside_the_field_and_the_saved_one_is_kept()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var denial = await DenialPageTests.CreateAsync(patient);
        var written = await WriteAsync(patient, denial);

        var page = await HtmlPage.ParseAsync(await patient.Client.GetAsync(Url(denial)));
        using var response = await FormSubmitter.SubmitAsync(patient.Client, Form(page, "Save"),
            new Dictionary<string, string> { ["Text"] = "  " });
        var refused = await HtmlPage.ParseAsync(response);
        Assert.StartsWith("Error: ", refused.Title, StringComparison.Ordinal);
        Assert.Contains("Your letter is empty", refused.QuerySelector("#text-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(written, await app.Factory.DbAsync(db => db.Denials.Where(d => d.Id == denial).Select(d => d.Letter).SingleAsync()));
    }

    [Fact]
    public async Task A_letter_written_in_Spanish_is_Spanish_and_marked_so_even_on_an_English_page()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var (denial, _) = await DenialWithRecordsAsync(patient);

        var letter = await WriteAsync(patient, denial, "es");

        Assert.Contains("Asunto: Apelación del rechazo con fecha 2 de marzo de 2026, reclamo o referencia CLM-2026-0042", letter, StringComparison.Ordinal);
        Assert.Contains("hablé con Ms Representa Tivewood (número de referencia REF-777).", letter, StringComparison.Ordinal);
        Assert.Contains("Por favor, envíeme su decisión por escrito.", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("Please send me", letter, StringComparison.Ordinal);
        var page = await HtmlPage.ParseAsync(await patient.Client.GetAsync(Url(denial)));
        Assert.Equal("es", page.QuerySelector("#text")!.Closest("[lang]")!.GetAttribute("lang"));
        var print = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri($"/account/denials/{denial}/letter/print", UriKind.Relative)));
        Assert.Equal("es", print.QuerySelector(".letter-sheet")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_save_over_a_letter_saved_elsewhere_is_refused_keeping_the_patients_words_beside_the_saved_letter()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var denial = await DenialPageTests.CreateAsync(patient);
        await WriteAsync(patient, denial);
        var first = Form(await HtmlPage.ParseAsync(await patient.Client.GetAsync(Url(denial))), "Save");
        var second = Form(await HtmlPage.ParseAsync(await patient.Client.GetAsync(Url(denial))), "Save");
        using (await FormSubmitter.SubmitAsync(patient.Client, first, new Dictionary<string, string> { ["Text"] = "Saved from my phone." }))
        {
        }

        using var stale = await FormSubmitter.SubmitAsync(patient.Client, second, new Dictionary<string, string> { ["Text"] = "Typed on my laptop." });

        var page = await HtmlPage.ParseAsync(stale);
        Assert.Contains("Saved from my phone.", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Typed on my laptop.", page.QuerySelector("#text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Saved from my phone.", await app.Factory.DbAsync(db => db.Denials.Where(d => d.Id == denial).Select(d => d.Letter).SingleAsync()));
    }

    [Fact]
    public async Task Another_patients_records_cannot_be_pulled_into_a_letter()
    {
        var other = await PatientSession.RegisterAsync(app.Factory);
        var theirCall = await CallPageTests.CreateAsync(other, CallPageTests.ValidCall("Acme Health"));
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var denial = await DenialPageTests.CreateAsync(patient);

        var page = await HtmlPage.ParseAsync(await patient.Client.GetAsync(Url(denial)));
        var form = Form(page, "Write");
        var box = (IHtmlInputElement)page.CreateElement("input");
        (box.Type, box.Name, box.Value, box.IsChecked) = ("checkbox", "CallIds", theirCall.ToString(CultureInfo.InvariantCulture), true);
        form.AppendChild(box);
        using var response = await FormSubmitter.SubmitAsync(patient.Client, form, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var letter = await app.Factory.DbAsync(db => db.Denials.Where(d => d.Id == denial).Select(d => d.Letter).SingleAsync());
        Assert.DoesNotContain("Tivewood", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("REF-777", letter, StringComparison.Ordinal);
    }

    private static IHtmlFormElement Form(IHtmlDocument page, string handler) =>
        (IHtmlFormElement)page.QuerySelector($"form[action*={handler}]")!;

    private static Uri Url(long denial) => new($"/account/denials/{denial}/letter", UriKind.Relative);

    /// <summary>A denial linked to a referral and a saved check, with a call to the same insurer and one to another.</summary>
    private static async Task<(long Denial, long Call)> DenialWithRecordsAsync(PatientSession patient)
    {
        var referral = await ReferralPageTests.CreateAsync(patient);
        var call = await CallPageTests.CreateAsync(patient);
        var other = CallPageTests.ValidCall("Other Insurer");
        other["Form.ReferenceNumber"] = "REF-OTHER";
        await CallPageTests.CreateAsync(patient, other);
        var (saved, _) = await CheckSteps.SaveAsync(patient);
        var answers = DenialPageTests.ValidDenial();
        answers["Form.ReferralId"] = referral.ToString(CultureInfo.InvariantCulture);
        answers["Form.SavedCheckId"] = CheckSteps.IdOf(saved).ToString(CultureInfo.InvariantCulture);
        return (await DenialPageTests.CreateAsync(patient, answers), call);
    }

    /// <summary>Writes the first draft with the suggested calls and returns the letter as the editor shows it.</summary>
    internal static async Task<string> WriteAsync(PatientSession patient, long denial, string language = "en")
    {
        var form = await patient.FormAsync($"/account/denials/{denial}/letter", "form[action*=Write]");
        using var response = await FormSubmitter.SubmitAsync(patient.Client, form, new Dictionary<string, string> { ["LetterLanguage"] = language });
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal($"/account/denials/{denial}/letter", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull(page.QuerySelector("[role=status]"));
        return ((IHtmlTextAreaElement)page.QuerySelector("#text")!).Value;
    }
}
