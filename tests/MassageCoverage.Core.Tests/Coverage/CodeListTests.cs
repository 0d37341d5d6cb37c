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

    [Theory]
    [InlineData("low back pain", "M54.40", "M54.41", "M54.42", "M54.50", "M54.51", "M54.59")]
    [InlineData("back pain sciatica right", "M54.41")]
    [InlineData("SPASM back", "M62.830")]
    [InlineData("whiplash", "S13.4XXA")]
    [InlineData("m54.4", "M54.40", "M54.41", "M54.42")]
    [InlineData("M79 muscle pain", "M79.10", "M79.11", "M79.12", "M79.18")]
    [InlineData("fibromyalgia", "M79.7")]
    public void Diagnosis_search_matches_description_words_or_code_prefix(string words, params string[] codes) =>
        Assert.Equal(codes, IcdCatalog.Search(words).Select(e => e.Display));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    [InlineData("tennis elbow")]
    public void Diagnosis_search_without_a_match_is_empty(string? words) => Assert.Empty(IcdCatalog.Search(words));

    [Theory]
    [InlineData("97124", "CPT 97124 (massage)")]
    [InlineData("97140", "CPT 97140 (manual therapy)")]
    [InlineData("97010", "CPT 97010 (hot or cold packs)")]
    [InlineData("12345", "CPT 12345")]
    public void Service_code_label_names_known_codes(string code, string label) => Assert.Equal(label, CptCodes.Label(code));

    [Fact]
    public void Known_service_codes_are_the_five_of_the_domain() =>
        Assert.Equal(["97124", "97140", "97112", "97530", "97010"], CptCodes.All.Select(c => c.Code));
}
