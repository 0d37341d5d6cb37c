using MassageCoverage.Core.Coverage;
using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Check;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Api;

/// <summary>
/// A check logs identifiers and its outcome on its request's line; diagnoses stay out of every log line.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class CoverageCheckLoggingTests(AppFixture app)
{
    [Fact]
    public async Task A_check_logs_its_plan_and_decision_but_no_diagnosis_code()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(CheckBodies.AcmeGoldAllMet()
            .WithDiagnoses("S33.5XXA", "m79.7").With("planCode", " Acme-PPO-Gold "));
        await response.OkJsonAsync();

        var decided = await app.Factory.Logs.WaitForAsync(l =>
            l.Contains("coverage check decided", StringComparison.Ordinal) && l.Contains("acme-ppo-gold", StringComparison.Ordinal));
        Assert.NotNull(decided);
        Assert.Contains("/api/v1/coverage-checks", decided, StringComparison.Ordinal);
        Assert.Contains("decided Covered (Private", decided, StringComparison.Ordinal);
        AssertNoLineContains("S33.5XXA", "S335XXA", "M79.7", "m79.7", "M797");
    }

    [Theory]
    [InlineData("Api")]
    [InlineData("Page")]
    public async Task A_check_is_logged_once_whichever_door_it_came_through(string channel)
    {
        using var client = app.Factory.CreateClient();
        bool Decided(string line) => line.Contains("coverage check decided", StringComparison.Ordinal)
            && line.Contains("WY", StringComparison.Ordinal) && line.Contains($"from the {channel}", StringComparison.Ordinal);
        var before = app.Factory.Logs.Lines.Count(Decided);

        using var response = channel == "Api"
            ? await client.PostCheckAsync(CheckBodies.Medicaid("WY"))
            : await client.GetAsync(new Uri("/check/result?coverage=medicaid&state=WY&diagnosis=M54.50&age=34", UriKind.Relative));
        response.EnsureSuccessStatusCode();

        Assert.NotNull(await app.Factory.Logs.WaitForAsync(l => Decided(l) && app.Factory.Logs.Lines.Count(Decided) > before));
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        Assert.Equal(before + 1, app.Factory.Logs.Lines.Count(Decided));
    }

    [Fact]
    public async Task A_check_outside_any_request_logs_a_line_of_its_own()
    {
        var checker = app.Factory.Services.GetRequiredService<CoverageChecker>();
        bool Alone(string line) => line.StartsWith("Coverage check decided", StringComparison.Ordinal)
            && line.Contains("Indeterminate", StringComparison.Ordinal) && line.Contains("\"NV\"", StringComparison.Ordinal);
        var before = app.Factory.Logs.Lines.Count(Alone);

        await checker.CheckAsync(new CoverageRequest { PlanType = PlanType.Medicaid, State = "NV", AsOf = new DateOnly(2026, 3, 1) },
            CheckChannel.Api, CancellationToken.None);

        Assert.NotNull(await app.Factory.Logs.WaitForAsync(l => Alone(l) && app.Factory.Logs.Lines.Count(Alone) > before));
    }

    [Fact]
    public async Task A_refused_check_logs_the_field_but_not_the_code_it_refused()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(CheckBodies.AcmeGoldAllMet().WithDiagnoses("M62.83999"));
        await response.FieldErrorsAsync("diagnosisCodes[0]");

        Assert.NotNull(await app.Factory.Logs.WaitForAsync(l =>
            l.StartsWith("Coverage check refused", StringComparison.Ordinal) && l.Contains("diagnosisCodes[0]", StringComparison.Ordinal)));
        AssertNoLineContains("M62.83999", "M6283999");
    }

    [Fact]
    public async Task A_plan_code_we_do_not_hold_is_never_logged()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(CheckBodies.AcmeGoldAllMet().With("planCode", "Jane-Privacy-Doe"));
        await response.OkJsonAsync();

        Assert.NotNull(await app.Factory.Logs.WaitForAsync(l =>
            l.Contains("coverage check decided Indeterminate", StringComparison.Ordinal)));
        AssertNoLineContains("Jane-Privacy-Doe");
    }

    private void AssertNoLineContains(params string[] secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(app.Factory.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}
