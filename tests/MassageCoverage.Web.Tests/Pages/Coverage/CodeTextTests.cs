using MassageCoverage.Web.Features.Check;
using MassageCoverage.Web.Features.Language;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

/// <summary>Service codes and diagnoses in the reader's language, and the diagnosis search in either language's words.</summary>
public class CodeTextTests
{
    [Theory]
    [InlineData("en", "97124", "CPT 97124 (massage)")]
    [InlineData("en", "97140", "CPT 97140 (manual therapy)")]
    [InlineData("en", "97010", "CPT 97010 (hot or cold packs)")]
    [InlineData("en", "12345", "CPT 12345")]
    [InlineData("es", "97124", "CPT 97124 (masaje)")]
    [InlineData("es", "97530", "CPT 97530 (actividades terapéuticas)")]
    [InlineData("es", "12345", "CPT 12345")]
    public void A_service_code_is_named_in_the_readers_language(string language, string code, string label) =>
        Assert.Equal(label, Languages.In(language, () => CodeText.Service(code)));

    [Theory]
    [InlineData("en", "low back pain", "M54.40", "M54.41", "M54.42", "M54.50", "M54.51", "M54.59")]
    [InlineData("en", "back pain sciatica right", "M54.41")]
    [InlineData("en", "SPASM back", "M62.830")]
    [InlineData("en", "whiplash", "S13.4XXA")]
    [InlineData("en", "m54.4", "M54.40", "M54.41", "M54.42")]
    [InlineData("en", "M79 muscle pain", "M79.10", "M79.11", "M79.12", "M79.18")]
    [InlineData("en", "fibromyalgia", "M79.7")]
    [InlineData("es", "dolor lumbar", "M54.40", "M54.41", "M54.42", "M54.50", "M54.51", "M54.59")]
    [InlineData("es", "espasmo espalda", "M62.830")]
    [InlineData("es", "ciatica derecho", "M54.41")]
    [InlineData("es", "latigazo", "S13.4XXA")]
    [InlineData("es", "whiplash", "S13.4XXA")]
    [InlineData("es", "FIBROMIALGIA", "M79.7")]
    public void Diagnosis_search_matches_the_words_of_either_language_or_a_code_prefix(string language, string words, params string[] codes) =>
        Assert.Equal(codes, Languages.In(language, () => CodeText.Search(words).Select(e => e.Display).ToList()));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    [InlineData("tennis elbow")]
    public void Diagnosis_search_without_a_match_is_empty(string? words) => Assert.Empty(CodeText.Search(words));

    [Fact]
    public void Every_curated_diagnosis_has_words_in_both_languages()
    {
        foreach (var entry in Core.Coverage.IcdCatalog.All)
        {
            var english = Languages.In(Languages.English, () => CodeText.Describe(entry));
            var spanish = Languages.In(Languages.Spanish, () => CodeText.Describe(entry));
            Assert.Equal(entry.Description, english);
            Assert.NotEqual(english, spanish);
        }
    }
}
