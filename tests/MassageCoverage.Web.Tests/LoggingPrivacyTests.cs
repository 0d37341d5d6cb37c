using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests;

[Collection(AppCollectionDefinition.Name)]
public class LoggingPrivacyTests(AppFixture app)
{
    [Fact]
    public async Task Requests_are_logged_by_path_and_status_without_their_query_string()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(
            new Uri("/medicaid?patient=Jane+Privacy-Doe&diagnosis=M54.50", UriKind.Relative));

        var request = await app.Factory.Logs.WaitForAsync(
            l => l.StartsWith("HTTP \"GET\" \"/medicaid\" responded 200", StringComparison.Ordinal));
        Assert.NotNull(request);
        Assert.DoesNotContain("?", request, StringComparison.Ordinal);
        var lines = app.Factory.Logs.Lines;
        Assert.DoesNotContain(lines, l => l.Contains("Privacy-Doe", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("M54.50", StringComparison.Ordinal));
    }
}
