using System.Globalization;
using System.Text.RegularExpressions;
using MassageCoverage.Testing;
using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

/// <summary>A patient who reads Spanish, from the header's language link to a check saved in their account, with axe on every page.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public class SpanishJourneyTests(BrowserFixture app)
{
    private const string Password = "una frase bastante larga";

    private static readonly string TwoWeeksAgo =
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_patient_switches_to_Spanish_runs_a_check_registers_and_saves_it()
    {
        var email = $"paciente-{Guid.NewGuid():N}@example.test";
        var page = await app.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Leer en español" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("¿Mi plan pagará el masaje médico?");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Revisar mi cobertura" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Seguro del trabajo o del mercado de seguros").CheckAsync();
        await page.GetByLabel("¿En qué estado vive?").SelectOptionAsync("WA");
        var planBox = page.GetByRole(AriaRole.Combobox, new() { Name = "Nombre del plan o de la aseguradora" });
        await planBox.PressSequentiallyAsync("acme gold", new() { Delay = 30 });
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Acme PPO Gold (demo) (Acme Health (demo))" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Se encontró 1 plan. Use las flechas para elegir.");
        await Accessibility.AssertNoViolationsAsync(page);
        await planBox.PressAsync("ArrowDown");
        await planBox.PressAsync("Enter");

        await page.GetByLabel("Condición o código de diagnóstico").FillAsync("dolor lumbar no especificado");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buscar condición" }).ClickAsync();
        await page.GetByLabel("Dolor lumbar (dolor de espalda baja), no especificado (M54.50)").CheckAsync();
        await page.Locator("#licensed-yes").CheckAsync();
        await page.Locator("#inNetwork-yes").CheckAsync();
        await page.Locator("#referral-yes").CheckAsync();
        await page.GetByLabel("La fecha del referido, si tiene uno").FillAsync(TwoWeeksAgo);
        await page.GetByRole(AriaRole.Button, new() { Name = "Revisar mi cobertura" }).Last.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/check/result\\?"));
        await Assertions.Expect(page.Locator(".badge-large")).ToHaveTextAsync("Cubierto");
        await Assertions.Expect(page.GetByText("Le quedan 12 de 12 visitas este año.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".questions q[lang=en]").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "result-covered-es-390");
        var result = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Inicie sesión para guardar esta revisión" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Cree una cuenta" }).ClickAsync();
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync("corta");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crear mi cuenta" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("al menos 12 caracteres");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Escriba la contraseña otra vez").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Crear mi cuenta" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Enviamos un mensaje");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync(Mailbox.Link(app.Factory, email, "Confirme su correo electrónico: ").PathAndQuery);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmar mi correo electrónico" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Su correo electrónico está confirmado");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Iniciar sesión" }).ClickAsync();
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión" }).ClickAsync();
        // The sign-in link on the confirmation page carries the check along: the patient is back on it.
        await Assertions.Expect(page).ToHaveURLAsync(result);
        await page.GetByLabel("Ponga un nombre a esta revisión (opcional)").FillAsync("Antes de mi cita");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar en mi cuenta" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Su revisión guardada");
        await Assertions.Expect(page.Locator(".badge-large")).ToHaveTextAsync("Cubierto");
        await Assertions.Expect(page.Locator(".saved-label")).ToHaveTextAsync("Antes de mi cita");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ShotAsync(app, "saved-check-es-390");

        // Every other page the patient reads, in Spanish, passes axe too.
        foreach (var url in new[]
        {
            "/medicaid", "/check/result?coverage=medicaid&state=TX&diagnosis=M54.50", "/account/referrals", "/account/referrals/new",
            "/account/calls", "/account/calls/new", "/account/checks", "/account/export", "/account/export/print", "/account/delete",
            "/account/two-factor", "/no-such-page",
        })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }
}
