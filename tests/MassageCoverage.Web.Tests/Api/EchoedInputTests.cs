using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Api;

/// <summary>A message that repeats what the client sent quotes it cut short and without control characters.</summary>
[Collection(AppCollectionDefinition.Name)]
public class EchoedInputTests(AppFixture app)
{
    private const string Hostile = "<mcx1 onmouseover=alert(1)>\r\nSet-Cookie: x=1\u0000";

    [Theory]
    [InlineData("state")]
    [InlineData("planType")]
    [InlineData("serviceCode")]
    [InlineData("providerType")]
    [InlineData("diagnosisCodes[0]")]
    public async Task An_echoed_value_is_quoted_without_control_characters_and_cut_to_64(string field)
    {
        var value = Hostile + new string('x', 5_000);
        var body = field == "diagnosisCodes[0]"
            ? CheckBodies.AcmeGoldAllMet().With("diagnosisCodes", new[] { value })
            : CheckBodies.AcmeGoldAllMet().With(field, value);
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(body);

        var message = Assert.Single(await response.FieldErrorsAsync(field));
        Assert.StartsWith("'<mcx1 onmouseover=alert(1)>Set-Cookie: x=1xxx", message, StringComparison.Ordinal);
        Assert.DoesNotContain(message, char.IsControl);
        var quoted = message[1..message.IndexOf('\'', 1)];
        Assert.Equal(64, quoted.Length);
        Assert.EndsWith("\u2026", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_plan_code_is_named_in_the_decision_cut_short()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.PostCheckAsync(CheckBodies.AcmeGoldAllMet().With("planCode", "nope\r\n" + new string('y', 90)));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("'nopeyyy", body, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('y', 64), body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\r\\n", body, StringComparison.Ordinal);
    }
}
