using System.Text;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Features.Catalog;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

/// <summary>The findings file as the app carries it, and the files it refuses, each with the problem named.</summary>
public class MedicaidFindingsFileTests
{
    private const string Good = """{ "says": "x", "source": "y", "confidence": "stated", "qualifier": null, "found": "2026-12" }""";

    [Fact]
    public void The_built_in_file_holds_the_seven_states_of_the_domain_reference()
    {
        Assert.Equal(7, MedicaidFindings.StateCount);
        Assert.Equal(FindingConfidence.Implied, Assert.Single(MedicaidFindings.For("mn")).Confidence);
        Assert.Equal("dated", Assert.Single(MedicaidFindings.For("FL")).Qualifier);
        Assert.Equal("December 2026", Assert.Single(MedicaidFindings.For("TX")).FoundText);
        Assert.Empty(MedicaidFindings.For("AL"));
        Assert.Empty(MedicaidFindings.For(null));
    }

    [Fact]
    public void The_app_reads_the_file_built_in_and_never_the_docs_folder()
    {
        using var stream = typeof(MedicaidFindings).Assembly.GetManifestResourceStream(MedicaidFindings.ResourceName);

        Assert.NotNull(stream);
        Assert.Equal(7, MedicaidFindings.Parse(stream).Count);
    }

    [Theory]
    [InlineData("""{ "states": [ { "state": "PR", "findings": [ GOOD ] } ] }""", "\"PR\" is not one of the 51")]
    [InlineData("""{ "states": [ { "state": "tx", "findings": [ GOOD ] } ] }""", "\"tx\" is not one of the 51")]
    [InlineData("""{ "states": [ { "state": "TX", "findings": [ GOOD ] }, { "state": "TX", "findings": [ GOOD ] } ] }""", "TX is listed twice")]
    [InlineData("""{ "states": [ { "state": "TX", "findings": [] } ] }""", "(TX): no findings")]
    [InlineData("""{ "states": [] }""", "it lists no states")]
    [InlineData("""{ "states": [ { "state": "TX", "findings": [ { "says": " ", "source": "y", "confidence": "stated", "found": "2026-12" } ] } ] }""", "says is empty")]
    [InlineData("""{ "states": [ { "state": "TX", "findings": [ { "says": "x", "confidence": "stated", "found": "2026-12" } ] } ] }""", "source is empty")]
    [InlineData("""{ "states": [ { "state": "TX", "findings": [ { "says": "x", "source": "y", "confidence": "likely", "found": "2026-12" } ] } ] }""", "confidence \"likely\" is neither")]
    [InlineData("""{ "states": [ { "state": "TX", "findings": [ { "says": "x", "source": "y", "confidence": "stated", "qualifier": "", "found": "2026-12" } ] } ] }""", "qualifier is blank")]
    [InlineData("""{ "states": [ { "state": "TX", "findings": [ { "says": "x", "source": "y", "confidence": "stated", "found": "December" } ] } ] }""", "found \"December\" is not a month")]
    [InlineData("""{ "states": [ { "state": "TX", "findings": [ { "says": "x", "source": "y", "confidence": "stated", "found": "2026-12", "sure": true } ] } ] }""", "not the expected JSON")]
    public void A_broken_file_is_refused_with_its_problem_named(string json, string problem)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json.Replace("GOOD", Good, StringComparison.Ordinal)));

        var error = Assert.Throws<InvalidDataException>(() => MedicaidFindings.Parse(stream));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_public_form_is_the_form_of_the_rule_a_check_would_apply()
    {
        var today = new DateOnly(2026, 12, 3);
        var covering = Rule(covered: true, to: null);

        Assert.Equal(CoverageForm.WaiverOnly, MedicaidMap.PublicForm(Entry(CoverageForm.WaiverOnly, Rule(covered: true, to: null, RulePathway.ProgramEnrollment)), today));
        Assert.Equal(CoverageForm.WithinTherapy, MedicaidMap.PublicForm(Entry(CoverageForm.WithinTherapy, Rule(covered: true, to: null, RulePathway.SameDayTherapyAdjunct)), today));
        Assert.Equal(CoverageForm.Unknown, MedicaidMap.PublicForm(Entry(CoverageForm.WithinTherapy), today));
        Assert.Equal(CoverageForm.Unknown, MedicaidMap.PublicForm(Entry(CoverageForm.Standalone, Rule(covered: true, to: today.AddDays(-1))), today));
        Assert.Equal(CoverageForm.Standalone, MedicaidMap.PublicForm(Entry(CoverageForm.Standalone, Rule(covered: true, to: today)), today));
        Assert.Equal(CoverageForm.NotCovered, MedicaidMap.PublicForm(Entry(CoverageForm.NotCovered, Rule(covered: false, to: null)), today));
        // Data that disagrees (which the editors and the import refuse) shows what the check would answer: the rule.
        Assert.Equal(CoverageForm.Standalone, MedicaidMap.PublicForm(Entry(CoverageForm.NotCovered, covering), today));
        // A check ignores the rules of a state whose form is unknown.
        Assert.Equal(CoverageForm.Unknown, MedicaidMap.PublicForm(Entry(CoverageForm.Unknown, covering), today));
        Assert.Equal(CoverageForm.Unknown, MedicaidMap.PublicForm(null, today));
    }

    private static MedicaidEntry Entry(CoverageForm form, params CoverageRule[] rules) =>
        new("TX", "Texas Medicaid", form, null, null, rules);

    private static CoverageRule Rule(bool covered, DateOnly? to, RulePathway pathway = RulePathway.Standalone) =>
        new(1, new DateOnly(2022, 7, 1), to, new RuleTerms { ServiceCodes = ["97124"], Covered = covered, Pathway = pathway });
}
