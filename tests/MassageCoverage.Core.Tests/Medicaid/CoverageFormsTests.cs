using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Core.Tests.Medicaid;

public class CoverageFormsTests
{
    [Theory]
    [InlineData(true, RulePathway.Standalone, CoverageForm.Standalone)]
    [InlineData(true, RulePathway.ProgramEnrollment, CoverageForm.WaiverOnly)]
    [InlineData(true, RulePathway.WithinTherapyPlanOfCare, CoverageForm.WithinTherapy)]
    [InlineData(true, RulePathway.SameDayTherapyAdjunct, CoverageForm.WithinTherapy)]
    [InlineData(false, RulePathway.Standalone, CoverageForm.NotCovered)]
    [InlineData(false, RulePathway.ProgramEnrollment, CoverageForm.NotCovered)]
    [InlineData(false, RulePathway.WithinTherapyPlanOfCare, CoverageForm.NotCovered)]
    [InlineData(false, RulePathway.SameDayTherapyAdjunct, CoverageForm.NotCovered)]
    public void A_rule_stands_for_the_form_of_its_coverage_and_pathway(bool covered, RulePathway pathway, CoverageForm form) =>
        Assert.Equal(form, CoverageForms.Of(new RuleTerms { ServiceCodes = ["97124"], Covered = covered, Pathway = pathway }));

    [Fact]
    public void No_rule_is_unknown() => Assert.Equal(CoverageForm.Unknown, CoverageForms.Of((RuleTerms?)null));

    [Fact]
    public void Every_pathway_has_a_form_and_none_is_unknown_or_not_covered() =>
        Assert.All(Enum.GetValues<RulePathway>(), p =>
            Assert.DoesNotContain(CoverageForms.Of(p), new[] { CoverageForm.Unknown, CoverageForm.NotCovered }));
}
