using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Language;

/// <summary>
/// Every page a patient reads, in Spanish: it says it is Spanish, describes itself, and shows no English sentence
/// outside what is marked as entered in English; the same pages in English stay English.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class SpanishPagesTests(AppFixture app)
{
    private static readonly string TenDaysAgo =
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>acme-ppo-gold (demo) with every requirement met: covered.</summary>
    public static readonly string Covered = "/check/result?coverage=private&state=WA&plan=acme-ppo-gold&diagnosis=M54.50&licensed=yes"
        + $"&inNetwork=yes&referral=yes&referralDate={TenDaysAgo}&priorAuth=no&visitsUsed=0";

    /// <summary>The same plan with the therapist's licence and network unknown: conditional.</summary>
    public static readonly string Conditional = "/check/result?coverage=private&state=WA&plan=acme-ppo-gold&diagnosis=M54.50"
        + $"&licensed=unsure&inNetwork=unsure&referral=yes&referralDate={TenDaysAgo}&priorAuth=no&visitsUsed=0";

    /// <summary>Original Medicare and a massage therapist: not covered.</summary>
    public const string NotCovered = "/check/result?coverage=medicare&diagnosis=M54.50&provider=massageTherapist&licensed=yes"
        + "&inNetwork=yes&referral=no&priorAuth=no&visitsUsed=0";

    /// <summary>Not sure of the kind of coverage: unknown.</summary>
    public const string Unknown = "/check/result?coverage=notSure&diagnosis=M54.50&provider=massageTherapist&licensed=yes"
        + "&inNetwork=yes&referral=no&priorAuth=no&visitsUsed=0";

    /// <summary>No insurance: not covered, with the Good Faith Estimate offered.</summary>
    public const string NoInsurance = "/check/result?coverage=noInsurance&state=TX&diagnosis=M54.50&provider=massageTherapist&minutes=60";

    public static TheoryData<string> PublicPages => new()
    {
        "/", "/check", Covered, Conditional, NotCovered, Unknown, NoInsurance, "/estimate", "/estimate?service=97124&minutes=60&diagnosis=M54.50", "/check/result?coverage=medicaid&state=CO&diagnosis=M54.50",
        "/medicaid", "/medicaid?sort=Status", "/medicaid?status=Unknown&stale=true", "/account/sign-in", "/account/register", "/account/forgot-password",
        "/account/confirm-email/again", "/account/check-email", "/account/sign-out", "/account/deleted", "/account/access-denied",
        "/account/settings/email/confirm?userId=u&email=new%40example.test&token=t", "/account/invitation?userId=u&token=t", "/error/404", "/no-such-page", "/error/400", "/error/429", "/error/503", "/error/500",
    };

    private static readonly string[] AccountPages =
    [
        "/account", "/account/referrals", "/account/referrals/new", "/account/calls", "/account/calls/new", "/account/checks",
        "/account/export", "/account/export/print", "/account/delete", "/account/two-factor", "/account/two-factor/set-up",
        "/account/settings", "/account/settings/password", "/account/settings/email",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task A_public_page_in_Spanish_is_Spanish_throughout(string url)
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-MX,es;q=0.9,en;q=0.5");

        await AssertSpanishAsync(client, url);
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task The_same_page_in_English_stays_English(string url)
    {
        using var client = app.Factory.CreateClient();
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        var other = page.QuerySelector("a.language-switch")!;
        Assert.Equal(("Español", "es"), (other.TextContent, other.GetAttribute("lang")));
    }

    [Fact]
    public async Task A_patients_own_pages_in_Spanish_are_Spanish_throughout()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        using (var switched = await patient.Client.GetAsync(new Uri("/language/es?returnUrl=/account", UriKind.Relative)))
        {
            Assert.Equal("/account", switched.RequestMessage!.RequestUri!.AbsolutePath);
        }

        // Records of their own, so the lists and the printable copy show rows too.
        using (await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/referrals/new"), new Dictionary<string, string>
        {
            ["Form.PrescriberName"] = "Dra. Ana Ruiz", ["Form.PrescriberNpi"] = "1234567893", ["Form.IssuedOn"] = TenDaysAgo,
            ["Form.DiagnosisCodes"] = "M54.50", ["Form.VisitsPrescribed"] = "12", ["Form.VisitsUsed"] = "2",
            ["Form.ExpiresOn"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }))
        {
        }

        using (await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync(Covered, "form.save-check"), new Dictionary<string, string>()))
        {
        }

        // A call about the saved check's plan that says something other than its rule (12 visits): its page and the
        // check's result show the contradiction side by side.
        var reference = $"REF-{Guid.NewGuid():N}"[..14];
        using (await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/calls/new"), new Dictionary<string, string>
        {
            ["Form.Insurer"] = "Acme Health", ["Form.ReferenceNumber"] = reference, ["Form.About"] = "plan:acme-ppo-gold",
            ["Form.SaidCovered"] = "yes", ["Form.SaidVisits"] = "30",
        }))
        {
        }

        var call = await app.Factory.DbAsync(db => db.InsurerCalls.Where(c => c.ReferenceNumber == reference).Select(c => c.Id).SingleAsync());
        foreach (var url in AccountPages.Append($"/account/calls/{call}").Append($"/account/calls/{call}/edit").Append(Covered))
        {
            await AssertSpanishAsync(patient.Client, url);
        }

        // The referral's letters, the letter itself in the reader's language.
        var referrals = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account/referrals", UriKind.Relative)));
        var letters = referrals.QuerySelectorAll("a.letter-link, a.hsa-letter-link").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, letters.Count);
        foreach (var letter in letters)
        {
            await AssertSpanishAsync(patient.Client, letter);
        }

        var result = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri(Covered, UriKind.Relative)));
        Assert.Contains("dijo que se permiten 30 visitas al año", result.QuerySelector("#discrepancies")!.TextContent, StringComparison.Ordinal);

        var saved = await HtmlPage.ParseAsync(await patient.Client.GetAsync(new Uri("/account/checks", UriKind.Relative)));
        var first = saved.QuerySelector("table.saved-checks a")!.GetAttribute("href")!;
        await AssertSpanishAsync(patient.Client, first);
        await AssertSpanishAsync(patient.Client, first + "/again");

        // A denial with its appeal letter written in Spanish: the denial's pages, the editor and the printable letter.
        var denialAnswers = Pages.Account.Denials.DenialPageTests.ValidDenial("MedicaidManagedCare");
        denialAnswers["Form.Insurer"] = "Salud Sol";
        denialAnswers["Form.PlanName"] = "Plan Sol";
        denialAnswers["Form.InOwnWords"] = "Dijeron que mi dolor es crónico";
        denialAnswers["Form.ServiceDates"] = "3, 10 y 17 de febrero de 2026";
        var denial = await Pages.Account.Denials.DenialPageTests.CreateAsync(patient, denialAnswers);
        await Pages.Account.Denials.AppealLetterPageTests.WriteAsync(patient, denial, "es");
        foreach (var url in new[] { "/account/denials", "/account/denials/new", $"/account/denials/{denial}", $"/account/denials/{denial}/edit",
            $"/account/denials/{denial}/delete", $"/account/denials/{denial}/letter", $"/account/denials/{denial}/letter/print" })
        {
            await AssertSpanishAsync(patient.Client, url);
        }
    }

    [Theory]
    [InlineData(nameof(Covered), "Cubierto", "cubre CPT 97124 (masaje) en la situación que describió")]
    [InlineData(nameof(Conditional), "Cubierto si se cumplen los pasos de abajo", "cuando se cumplan o se confirmen los 2 requisitos")]
    [InlineData(nameof(NotCovered), "No cubierto", "Medicare Original no cubre CPT 97124 (masaje)")]
    [InlineData(nameof(Unknown), "Desconocido - verifíquelo con su plan", "cuando sepamos qué tipo de cobertura tiene")]
    [InlineData(nameof(NoInsurance), "No cubierto", "usted no tiene seguro médico que pague CPT 97124 (masaje)")]
    public async Task The_answer_reads_in_Spanish_for_every_kind_of_decision(string which, string badge, string summary)
    {
        var url = (string)typeof(SpanishPagesTests).GetField(which)!.GetValue(null)!;
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));

        Assert.Equal(badge, page.QuerySelector(".badge-large span")!.TextContent);
        Assert.Contains(summary, page.QuerySelector(".answer-summary")!.TextContent, StringComparison.Ordinal);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("d 'de' MMMM 'de' yyyy", CultureInfo.GetCultureInfo("es-US"));
        Assert.Contains($"revisado el {today}", page.QuerySelector(".checked-for")!.TextContent, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll(".questions li"), question =>
        {
            // Each question in Spanish, with the English words to read to a representative who speaks English.
            var english = question.QuerySelector("q[lang=en]");
            Assert.NotNull(english);
            Assert.NotEqual(english.TextContent, question.TextContent);
        });
    }

    [Fact]
    public async Task A_covered_answer_writes_money_dates_and_entered_text_as_a_Spanish_reader_expects()
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(Covered, UriKind.Relative)));

        Assert.Equal(["Copago: $30 por visita.", "Coseguro: 20 % del monto permitido.", "Primero se aplica su deducible."],
            page.QuerySelectorAll("#cost-title + ul li").Select(li => li.TextContent));
        Assert.Contains("Periodo de beneficios: del 1 de enero de", page.QuerySelector(".benefit-period")!.TextContent, StringComparison.Ordinal);
        var plan = page.QuerySelector(".answer-summary span[lang=en]")!;
        Assert.Equal("Acme PPO Gold (demo)", plan.TextContent);
        var source = page.QuerySelector(".rule-facts dd span[lang=en]")!;
        Assert.EndsWith("(en inglés)", source.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_answer_is_explained_in_Spanish_beside_its_field()
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var form = await client.FormAsync("/check");

        using var response = await FormSubmitter.SubmitAsync(client, form, new Dictionary<string, string> { ["visitsUsed"] = "mil" });
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal("Error: Revise su cobertura - MassageCoverage", page.Title);
        Assert.Equal("Error: Elija el tipo de cobertura que tiene.", page.QuerySelector("#coverage-error")!.TextContent.Trim());
        Assert.Equal("Error: Escriba cuántas visitas ha tenido este año, con un número del 0 al 365.",
            page.QuerySelector("#visitsUsed-error")!.TextContent.Trim());
        Assert.Equal("Hay respuestas que corregir", page.QuerySelector("#error-summary-title")!.TextContent);
    }

    [Fact]
    public async Task A_password_refused_at_registration_is_explained_in_Spanish_beside_its_field()
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        using var response = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/register"), new Dictionary<string, string>
        {
            ["Form.Email"] = "nadie", ["Form.Password"] = "corta", ["Form.ConfirmPassword"] = "otra",
        });
        var page = await HtmlPage.ParseAsync(response);

        Assert.Contains("Escriba un correo electrónico como nombre@ejemplo.com.", page.QuerySelector("#email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Elija una contraseña de al menos 12 caracteres", page.QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Escriba la misma contraseña otra vez.", page.QuerySelector("#confirmPassword-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_registers_in_Spanish_gets_their_email_in_Spanish_with_nothing_about_their_health_in_it()
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var email = $"paciente-{Guid.NewGuid():N}@example.test";

        using (await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/register"), new Dictionary<string, string>
        {
            ["Form.Email"] = email, ["Form.Password"] = PatientSession.DefaultPassword, ["Form.ConfirmPassword"] = PatientSession.DefaultPassword,
        }))
        {
        }

        var message = Assert.Single(Mailbox.To(app.Factory, email));
        Assert.Contains("Subject: Confirme su correo electrónico para MassageCoverage", message, StringComparison.Ordinal);
        Assert.Contains("Confirme su correo electrónico para terminar de crear su cuenta.", message, StringComparison.Ordinal);
        var link = Mailbox.Link(app.Factory, email, "Confirme su correo electrónico: ");
        Assert.StartsWith("/account/confirm-email", link.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_faith_estimate_in_Spanish_is_Spanish_throughout_with_its_dispute_rights()
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var form = (IHtmlFormElement)(await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/estimate", UriKind.Relative))))
            .QuerySelector("main form[method=post]")!;
        var answers = SelfPayForms.Estimate("60");
        answers["Form.Name"] = "Rosa Quintanilla";

        using var response = await FormSubmitter.SubmitAsync(client, form, answers);
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal("Estimación de buena fe", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("2 de abril de 1980", page.QuerySelector("#gfe-patient-birth")!.TextContent.Trim());
        var rights = page.QuerySelector("#gfe-rights")!.TextContent;
        Assert.Contains("Si la clínica le cobra $400.00 o más por encima de esta estimación", rights, StringComparison.Ordinal);
        Assert.Contains("dentro de los 120 días siguientes a la fecha de la factura", rights, StringComparison.Ordinal);
        Assert.Contains("Esta estimación no es un contrato", page.QuerySelector("#gfe-notice-contract")!.TextContent, StringComparison.Ordinal);
        AssertSpanish(page, response, "/estimate (posted)");

        // A mistake reads in Spanish too.
        answers["Form.Visits"] = "0";
        using var refused = await FormSubmitter.SubmitAsync(client, form, answers);
        var errorPage = await HtmlPage.ParseAsync(refused);
        Assert.Contains("Escriba el número de visitas", errorPage.QuerySelector("#visits-error")!.TextContent, StringComparison.Ordinal);
        AssertSpanish(errorPage, refused, "/estimate (refused)");
    }

    private static async Task AssertSpanishAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode is HttpStatusCode.OK || url.StartsWith("/error/", StringComparison.Ordinal)
            || url is "/no-such-page" or "/account/access-denied", $"{url}: {response.StatusCode}");
        AssertSpanish(await HtmlPage.ParseAsync(response), response, url);
    }

    private static void AssertSpanish(IHtmlDocument page, HttpResponseMessage response, string url)
    {
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("es-US", response.Content.Headers.ContentLanguage.SingleOrDefault());
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{url} has no description");
        var english = EnglishText.Outside(page);
        Assert.True(english.Count == 0, $"{url} shows English outside lang=\"en\":\n" + string.Join('\n', english));
        var other = page.QuerySelector("a.language-switch")!;
        Assert.Equal(("English", "en"), (other.TextContent, other.GetAttribute("lang")));
    }
}
