using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using Microsoft.EntityFrameworkCore;
using static MassageCoverage.Web.Tests.Pages.Account.Referrals.LetterSteps;

namespace MassageCoverage.Web.Tests.Pages.Account.Referrals;

/// <summary>Letters of medical necessity pre-filled from a referral (docs/letters.md), read as the patient sees them.</summary>
[Collection(AppCollectionDefinition.Name)]
public class LetterPageTests(AppFixture app)
{
    private static readonly string[] AsTypedOnTheReferral = ["lower back", "2 per week for 6 weeks"];

    [Fact]
    public async Task The_letter_holds_the_referrals_data_and_leaves_the_prescribers_parts_blank_and_marked()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await ReferralPageTests.CreateAsync(patient);
        var url = await LinkAsync(patient, id);
        Assert.Equal($"/account/referrals/{id}/letter?kind=medical", url);

        using var response = await patient.Client.GetAsync(new Uri(url, UriKind.Relative));
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Equal("Letter of medical necessity", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("#letter")!.GetAttribute("lang"));
        Assert.Equal("Letter of medical necessity", page.QuerySelector("#letter-title")!.TextContent);
        var fields = Fields(page);
        Assert.Equal("Low back pain, unspecified", fields["M54.50"]);
        Assert.Equal("Muscle spasm of back", fields["M62.830"]);
        Assert.Equal("Therapeutic massage (effleurage, petrissage, tapotement), in 15-minute units", fields["Treatment"]);
        Assert.Equal("97124", fields["CPT code"]);
        Assert.Equal("lower back", fields["Body areas"]);
        Assert.Equal("2 per week for 6 weeks", fields["Frequency and duration"]);
        Assert.Equal("12", fields["Visits prescribed"]);
        Assert.Equal("Dr Hypatia Quillfeather", fields["Name"]);
        Assert.Equal("1245319599", fields["NPI number"]);
        // Nothing typed yet: the patient's own lines print blank, to write on.
        Assert.Null(fields["Patient's name"]);
        Assert.Null(fields["Date of birth"]);
        foreach (var blank in new[] { "License number", "State of the license", "Signature", "Date" })
        {
            Assert.Null(fields[blank]);
        }

        var fill = page.QuerySelector("#letter .letter-fill")!;
        Assert.Equal("To be completed by the prescriber", fill.QuerySelector("h3")!.TextContent);
        foreach (var part in new[] { "Functional limitations: what the patient cannot do now", "Goals: the expected improvement in function, and by when", "Treatments tried before, and their results" })
        {
            Assert.Equal(3, BlankLines(page, part));
        }

        Assert.Equal("Prescriber: complete and sign", page.QuerySelector("#letter .letter-signature h3")!.TextContent);
        Assert.DoesNotContain("IRS", LetterText(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_HSA_letter_states_the_condition_that_massage_treats_it_not_general_health_and_for_how_long()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await ReferralPageTests.CreateAsync(patient);
        var url = await LinkAsync(patient, id, "hsa-letter-link");
        Assert.Equal($"/account/referrals/{id}/letter?kind=hsa", url);

        var page = await OpenAsync(patient, url);

        Assert.Equal("HSA/FSA letter", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("IRS Publication 502 counts massage as a medical expense only when it treats a specific condition",
            page.QuerySelector(".letter-controls")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Letter of medical necessity for an HSA or FSA", page.QuerySelector("#letter-title")!.TextContent);
        var letter = LetterText(page);
        Assert.Contains("For the HSA or FSA (IRS Publication 502)", letter, StringComparison.Ordinal);
        Assert.Contains("The patient has the specific medical condition diagnosed above.", letter, StringComparison.Ordinal);
        Assert.Contains("The massage therapy above treats this condition. It is not for general health, relaxation or well-being.", letter, StringComparison.Ordinal);
        Assert.Contains("IRS Publication 502 counts as medical care what is mainly to relieve or prevent a physical or mental illness", letter, StringComparison.Ordinal);
        var fields = Fields(page);
        Assert.Equal("Low back pain, unspecified", fields["M54.50"]);
        Assert.Equal("2 per week for 6 weeks", fields["How long it is needed"]);
        Assert.Null(fields["Needed until (date)"]);
        Assert.Equal(3, BlankLines(page, "Treatments tried before, and their results"));
        Assert.Null(fields["License number"]);
        Assert.Equal("1245319599", fields["NPI number"]);
        // Each letter links the other.
        Assert.Equal($"/account/referrals/{id}/letter?kind=medical", page.QuerySelector("#other-letter")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_referral_without_body_areas_or_frequency_and_with_a_code_outside_the_list_leaves_lines_for_them()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var answers = ReferralPageTests.ValidReferral();
        (answers["Form.DiagnosisCodes"], answers["Form.BodyAreas"], answers["Form.FrequencyAndDuration"]) = ("M54.2, G89.29", "", "");
        var id = await ReferralPageTests.CreateAsync(patient, answers);

        var fields = Fields(await OpenAsync(patient, await LinkAsync(patient, id, "hsa-letter-link")));

        Assert.Equal("Cervicalgia (neck pain)", fields["M54.2"]);
        Assert.Null(fields["G89.29"]);
        Assert.Null(fields["Body areas"]);
        Assert.Null(fields["Frequency and duration"]);
        Assert.Null(fields["How long it is needed"]);
    }

    [Fact]
    public async Task The_patient_chooses_manual_therapy_and_types_their_name_and_birth_date_onto_the_letter()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await ReferralPageTests.CreateAsync(patient);
        var url = await LinkAsync(patient, id);

        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync(url, "#letter-form"), new Dictionary<string, string>
        {
            ["Form.PatientName"] = "  Rosalind Example  ", ["Form.BirthDate"] = "1980-03-15", ["Form.Service"] = "97140",
        });
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(url, response.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Empty(page.QuerySelectorAll(".field-error"));
        var fields = Fields(page);
        Assert.Equal("Rosalind Example", fields["Patient's name"]);
        Assert.Equal("March 15, 1980", fields["Date of birth"]);
        Assert.Equal("Manual therapy (myofascial release, soft-tissue mobilization, lymphatic drainage), in 15-minute units", fields["Treatment"]);
        Assert.Equal("97140", fields["CPT code"]);
        // The form keeps what was chosen, for another change before printing.
        Assert.True(((IHtmlInputElement)page.QuerySelector("#service-97140")!).IsChecked);
        Assert.Equal("1980-03-15", ((IHtmlInputElement)page.QuerySelector("#birthDate")!).Value);
    }

    [Fact]
    public async Task The_patient_changes_the_pre_filled_parts_and_the_letter_prints_them_while_the_referral_stays_as_it_was()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await ReferralPageTests.CreateAsync(patient);
        var url = await LinkAsync(patient, id, "hsa-letter-link");
        var form = await patient.FormAsync(url, "#letter-form");
        // The form starts with what the letter prints: the referral's parts, the diagnoses in words.
        Assert.Equal("Low back pain, unspecified", ((IHtmlInputElement)form.QuerySelector("#diagnoses")!).Value);
        Assert.Equal("Diagnosis M62.830 in words", form.QuerySelector("label[for=diagnoses-1]")!.TextContent);
        Assert.Equal("Muscle spasm of back", ((IHtmlInputElement)form.QuerySelector("#diagnoses-1")!).Value);
        Assert.Equal("lower back", ((IHtmlInputElement)form.QuerySelector("#bodyAreas")!).Value);
        Assert.Equal("2 per week for 6 weeks", ((IHtmlInputElement)form.QuerySelector("#frequency")!).Value);

        using var response = await FormSubmitter.SubmitAsync(patient.Client, form, new Dictionary<string, string>
        {
            ["Form.Diagnoses[0]"] = "Chronic low back pain after a fall",
            ["Form.Diagnoses[1]"] = " ",
            ["Form.BodyAreas"] = "lower back and both hips",
            ["Form.Frequency"] = "1 per week for 8 weeks",
        });
        var page = await HtmlPage.ParseAsync(response);

        Assert.Empty(page.QuerySelectorAll(".field-error"));
        var fields = Fields(page);
        Assert.Equal("Chronic low back pain after a fall", fields["M54.50"]);
        Assert.Null(fields["M62.830"]);
        Assert.Equal("lower back and both hips", fields["Body areas"]);
        Assert.Equal("1 per week for 8 weeks", fields["Frequency and duration"]);
        Assert.Equal("1 per week for 8 weeks", fields["How long it is needed"]);
        Assert.Equal("lower back and both hips", ((IHtmlInputElement)page.QuerySelector("#bodyAreas")!).Value);
        var referral = await app.Factory.DbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal("lower back", referral.BodyAreas);
        Assert.Equal("2 per week for 6 weeks", referral.FrequencyAndDuration);
    }

    [Fact]
    public async Task The_letter_page_prints_only_the_letter_on_US_Letter_paper()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await ReferralPageTests.CreateAsync(patient);
        var page = await OpenAsync(patient, await LinkAsync(patient, id));

        // The print layout: the site's stylesheet, then the letter's, and the print script that shows the button.
        var sheets = page.QuerySelectorAll("head link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Matches(@"^/css/site(\.\w+)?\.css$", sheets[^2]);
        Assert.Matches(@"^/css/letter(\.\w+)?\.css$", sheets[^1]);
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => System.Text.RegularExpressions.Regex.IsMatch(s.GetAttribute("src")!, @"^/js/print(\.\w+)?\.js$"));
        var print = page.QuerySelector("button[data-print]")!;
        Assert.True(print.HasAttribute("hidden"));
        Assert.Equal("Print the letter", print.TextContent);
        // The letter stands apart from what is for the screen, which print leaves off.
        var letter = page.QuerySelector("main article#letter")!;
        Assert.Null(letter.Closest(".letter-controls"));
        Assert.Null(letter.QuerySelector("form, button, input, nav, a"));
        Assert.Equal(page.QuerySelector("#letter-form")!.Closest(".letter-controls"), page.QuerySelector(".letter-controls"));
        Assert.Single(page.QuerySelectorAll("#letter .letter-fill"));
        Assert.Single(page.QuerySelectorAll("#letter .letter-signature"));

        using var css = await patient.Client.GetAsync(new Uri(sheets[^1], UriKind.Relative));
        var text = await css.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("@page { size: letter; margin: 0.75in; }", text, StringComparison.Ordinal);
        var printRules = text[text.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains(".site-header, .site-footer, .skip-link, .idle-warning, .letter-controls, .print-hide, nav, form, button { display: none !important; }", printRules, StringComparison.Ordinal);
        Assert.Contains(".letter, .letter * { color: #000 !important; background: transparent !important; }", printRules, StringComparison.Ordinal);
        Assert.Contains("break-inside: avoid", text, StringComparison.Ordinal);
        // Only letter pages carry the letter's @page rules: another page does not link the sheet.
        var referrals = await OpenAsync(patient, "/account/referrals");
        Assert.DoesNotContain(referrals.QuerySelectorAll("head link[rel=stylesheet]"), l => l.GetAttribute("href")!.Contains("letter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Spanish_reader_gets_the_letter_in_Spanish_and_can_print_it_in_English()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await ReferralPageTests.CreateAsync(patient);
        using (await patient.Client.GetAsync(new Uri("/language/es?returnUrl=/account/referrals", UriKind.Relative)))
        {
        }

        var url = await LinkAsync(patient, id);
        var spanish = await OpenAsync(patient, url);
        Assert.Equal("Carta de necesidad médica", spanish.QuerySelector("#letter-title")!.TextContent);
        Assert.Null(spanish.QuerySelector("#letter")!.GetAttribute("lang"));
        Assert.Equal("Dolor lumbar (dolor de espalda baja), no especificado", Fields(spanish)["M54.50"]);
        Assert.Null(Fields(spanish)["Número de licencia"]);
        Assert.True(((IHtmlInputElement)spanish.QuerySelector("#language-es")!).IsChecked);

        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync(url, "#letter-form"), new Dictionary<string, string>
        {
            ["Form.Language"] = "en", ["Form.BirthDate"] = "1980-03-15",
        });
        var english = await HtmlPage.ParseAsync(response);

        // The page stays Spanish; the letter inside it is English, and says so.
        Assert.Equal("es", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Carta de necesidad médica", english.QuerySelector("h1")!.TextContent);
        Assert.Equal("en", english.QuerySelector("#letter")!.GetAttribute("lang"));
        Assert.Equal("Letter of medical necessity", english.QuerySelector("#letter-title")!.TextContent);
        var fields = Fields(english);
        Assert.Equal("Low back pain, unspecified", fields["M54.50"]);
        Assert.Equal("March 15, 1980", fields["Date of birth"]);
        Assert.Null(fields["License number"]);
        Assert.True(((IHtmlInputElement)english.QuerySelector("#language")!).IsChecked);
    }

    [Fact]
    public async Task An_English_reader_can_print_the_HSA_letter_in_Spanish()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await ReferralPageTests.CreateAsync(patient);
        var url = await LinkAsync(patient, id, "hsa-letter-link");

        using var response = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync(url, "#letter-form"), new Dictionary<string, string>
        {
            ["Form.Language"] = "es", ["Form.BirthDate"] = "1980-03-15",
        });
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("es", page.QuerySelector("#letter")!.GetAttribute("lang"));
        Assert.Equal("Carta de necesidad médica para una HSA o FSA", page.QuerySelector("#letter-title")!.TextContent);
        var letter = LetterText(page);
        Assert.Contains("La terapia de masaje de arriba trata esta condición. No es para la salud en general", letter, StringComparison.Ordinal);
        Assert.Contains("Publicación 502 del IRS", letter, StringComparison.Ordinal);
        var fields = Fields(page);
        Assert.Equal("15 de marzo de 1980", fields["Fecha de nacimiento"]);
        Assert.Equal("Espasmo muscular de la espalda", fields["M62.830"]);
        Assert.Equal("Masaje terapéutico (deslizamiento, amasamiento y percusión), en unidades de 15 minutos", fields["Tratamiento"]);
        Assert.Null(fields["Se necesita hasta (fecha)"]);
        // The page is English; only the letter, marked Spanish, is looked at for English words: none but what the
        // patient typed on the referral, which prints as typed.
        Assert.All(Language.EnglishText.Outside(page), text => Assert.Contains(text, AsTypedOnTheReferral));
    }

    [Fact]
    public async Task Hostile_input_in_every_field_is_never_a_5xx_and_never_printed_unencoded()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var id = await ReferralPageTests.CreateAsync(patient);
        var url = await LinkAsync(patient, id, "hsa-letter-link");
        var fields = new[] { "Form.PatientName", "Form.BirthDate", "Form.Diagnoses[0]", "Form.BodyAreas", "Form.Frequency", "Form.Language", "Form.Service" };

        foreach (var payload in Security.HostilePayloads.Text)
        {
            var form = await patient.FormAsync(url, "#letter-form");
            // Radios take only their values: each is given the payload as a changed page would send it.
            ((IHtmlInputElement)form.QuerySelector("#language")!).Value = payload;
            ((IHtmlInputElement)form.QuerySelector("#service")!).Value = payload;
            using var response = await FormSubmitter.SubmitAsync(patient.Client, form, fields.ToDictionary(f => f, _ => payload));
            var html = await response.Content.ReadAsStringAsync();

            // A NUL anywhere in a form is refused whole (400) before any page; everything else is this page's answer.
            Assert.Equal(payload.Contains('\0', StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.OK, response.StatusCode);
            Assert.False(Security.HostilePayloads.IsMarkup(payload) && html.Contains(payload, StringComparison.Ordinal), $"echoed unencoded: {payload}");
        }
    }

    [Theory]
    [InlineData("Form.BirthDate", "tomorrow", "birthDate", "Your date of birth cannot be in the future.")]
    [InlineData("Form.BirthDate", "15/03/1980", "birthDate", "Enter your date of birth as a date, like 1980-03-15.")]
    [InlineData("Form.BirthDate", "1899-12-31", "birthDate", "Enter a date of birth after 1900.")]
    [InlineData("Form.PatientName", "long101", "patientName", "Write your name in 100 characters or fewer.")]
    [InlineData("Form.Diagnoses[1]", "long201", "diagnoses", "Write each diagnosis in 200 characters or fewer.")]
    [InlineData("Form.BodyAreas", "long501", "bodyAreas", "Write the body areas in 500 characters or fewer.")]
    [InlineData("Form.Frequency", "long201", "frequency", "Write the frequency and duration in 200 characters or fewer.")]
    [InlineData("Form.Language", "fr", "language", "Choose English or Spanish for the letter.")]
    [InlineData("Form.Service", "97010", "service", "Choose one of the treatments listed.")]
    public async Task A_wrong_value_comes_back_beside_its_field_and_the_letter_prints_no_name(string field, string value, string id, string message)
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var referral = await ReferralPageTests.CreateAsync(patient);
        var url = await LinkAsync(patient, referral);
        var form = await patient.FormAsync(url, "#letter-form");
        if (field is "Form.Language" or "Form.Service")
        {
            // Only a changed page could send another choice: the radio's value is changed as such a page would.
            var first = (IHtmlInputElement)form.QuerySelector($"#{id}")!;
            first.Value = value;
        }

        var answers = new Dictionary<string, string> { ["Form.PatientName"] = "Rosalind Example" };
        answers[field] = value switch
        {
            "tomorrow" => ReferralPageTests.Iso(DateTime.UtcNow.AddDays(2)),
            _ when value.StartsWith("long", StringComparison.Ordinal) => new string('n', int.Parse(value[4..], System.Globalization.CultureInfo.InvariantCulture)),
            _ => value,
        };
        using var response = await FormSubmitter.SubmitAsync(patient.Client, form, answers);
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: Letter of medical necessity", page.Title, StringComparison.Ordinal);
        Assert.Equal(message, page.QuerySelector($"#{id}-error")!.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
        Assert.Equal($"#{id}", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector($"#{id}"));
        Assert.Single(page.QuerySelectorAll(".field-error"));
        // The letter is still there, with nothing the patient typed in it until the mistake is put right.
        Assert.Null(Fields(page)["Patient's name"]);
        Assert.Equal(field == "Form.PatientName" ? answers[field] : "Rosalind Example", ((IHtmlInputElement)page.QuerySelector("#patientName")!).Value);
    }
}
