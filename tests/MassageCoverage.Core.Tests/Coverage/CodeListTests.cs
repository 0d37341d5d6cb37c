using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Core.Tests.Coverage;

public class CodeListTests
{
    [Fact]
    public void Every_curated_diagnosis_is_a_valid_normalised_code()
    {
        Assert.All(IcdCatalog.All, e =>
        {
            Assert.True(IcdCode.TryParse(e.Code, out var code, out var error), error?.ToString());
            Assert.Equal(e.Code, code);
        });
        Assert.Equal(IcdCatalog.All.Count, IcdCatalog.All.Select(e => e.Code).Distinct().Count());
    }

    [Fact]
    public void Known_service_codes_are_the_five_of_the_domain() =>
        Assert.Equal(["97124", "97140", "97112", "97530", "97010"], CptCodes.All.Select(c => c.Code));
}
