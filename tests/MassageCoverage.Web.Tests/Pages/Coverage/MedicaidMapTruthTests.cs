using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

[Collection(AppCollectionDefinition.Name)]
public class MedicaidMapTruthTests(AppFixture app)
{
    [Fact]
    public async Task For_all_51_jurisdictions_the_map_the_table_and_the_API_say_what_a_check_answers_today()
    {
        using var client = app.Factory.CreateClient();

        var problems = await MedicaidMapTruth.DisagreementsAsync(client);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
