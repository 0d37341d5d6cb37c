using System.Net;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

/// <summary>
/// The public pages and reads are answered from the catalog snapshot in memory: once warm (compiled views, the data
/// protection key ring read), a request sends no SQL at all.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class CheckAndMedicaidSqlCountTests(AppFixture app) : IDisposable
{
    private const string Result =
        "/check/result?coverage=private&state=WA&plan=acme-ppo-gold&diagnosis=M54.50&provider=massageTherapist"
        + "&licensed=yes&inNetwork=yes&referral=yes&referralDate=2026-01-05&priorAuth=unsure&visitsUsed=2";

    private readonly SqlCommandCounter _counter = new();

    [Theory]
    [InlineData("/")]
    [InlineData("/medicaid")]
    [InlineData("/medicaid?sort=Status&descending=true")]
    [InlineData("/check")]
    [InlineData("/check?planQuery=acme&state=WA")]
    [InlineData("/check?handler=Plans&query=acme&state=WA")]
    [InlineData(Result)]
    [InlineData("/api/v1/plans?limit=2")]
    [InlineData("/api/v1/medicaid/CO")]
    public async Task A_page_the_snapshot_holds_sends_no_SQL(string url)
    {
        using var client = app.Factory.CreateClient();
        using var warm = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, warm.StatusCode);

        var (response, commands) = await _counter.GetAsync(client, url);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(0, commands);
        }
    }

    [Fact]
    public async Task The_counter_sees_a_request_that_queries()
    {
        // Readiness asks the database for its pending migrations on every call: the counter must see that.
        using var client = app.Factory.CreateClient();
        var (response, commands) = await _counter.GetAsync(client, "/health/ready");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(commands > 0, "no SQL command counted for /health/ready");
        }
    }

    public void Dispose() => _counter.Dispose();
}
