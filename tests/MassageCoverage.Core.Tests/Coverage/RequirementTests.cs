using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Tests.Builders;

namespace MassageCoverage.Core.Tests.Coverage;

/// <summary>Step 4: requirements the patient can still meet are met, unmet or unknown, never a hard limit.</summary>
public class RequirementTests
{
    [Theory]
    [InlineData(true, RequirementStatus.Met, Decision.Covered)]
    [InlineData(false, RequirementStatus.Unmet, Decision.Conditional)]
    [InlineData(null, RequirementStatus.Unknown, Decision.Conditional)]
    public void Licensed_therapist_follows_the_answer(bool? licensed, RequirementStatus status, Decision expected)
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringLicensedTherapist(), new RequestBuilder().Licensed(licensed));

        Assert.Equal(status, decision.Requirement(RequirementCode.LicensedTherapist).Status);
        Assert.Equal(expected, decision.Decision);
    }

    [Theory]
    [InlineData(true, RequirementStatus.Met, Decision.Covered)]
    [InlineData(false, RequirementStatus.Unmet, Decision.Conditional)]
    [InlineData(null, RequirementStatus.Unknown, Decision.Conditional)]
    public void In_network_follows_the_answer(bool? inNetwork, RequirementStatus status, Decision expected)
    {
        var decision = Evaluate.Plan(new RuleBuilder().RequiringInNetwork(), new RequestBuilder().InNetwork(inNetwork));

        Assert.Equal(status, decision.Requirement(RequirementCode.InNetwork).Status);
        Assert.Equal(expected, decision.Decision);
    }

    [Fact]
    public void Diagnosis_not_given_is_unknown_when_the_rule_lists_prefixes()
    {
        var decision = Evaluate.Plan(new RuleBuilder().ForDiagnoses("M54", "M62.83"), new RequestBuilder());

        Assert.Equal(Decision.Conditional, decision.Decision);
        var diagnosis = decision.Requirement(RequirementCode.Diagnosis);
        Assert.Equal(RequirementStatus.Unknown, diagnosis.Status);
        Assert.Equal(Finding.DiagnosisUnknown, diagnosis.Finding);
    }

    [Fact]
    public void Diagnosis_is_not_listed_when_the_rule_lists_no_prefix() =>
        Assert.DoesNotContain(Evaluate.Plan(new RuleBuilder(), new RequestBuilder().WithDiagnoses("Z00.00")).Requirements,
            r => r.Code == RequirementCode.Diagnosis);

    [Theory]
    [InlineData(18, null)]
    [InlineData(null, 20)]
    [InlineData(18, 64)]
    public void Age_not_given_is_unknown_when_the_rule_has_limits(int? min, int? max)
    {
        var decision = Evaluate.Plan(new RuleBuilder().ForAges(min, max), new RequestBuilder());

        Assert.Equal(Decision.Conditional, decision.Decision);
        Assert.Equal(RequirementStatus.Unknown, decision.Requirement(RequirementCode.Age).Status);
    }

    [Fact]
    public void Age_is_not_listed_when_the_rule_has_no_limits() =>
        Assert.DoesNotContain(Evaluate.Plan(new RuleBuilder(), new RequestBuilder().Aged(3)).Requirements, r => r.Code == RequirementCode.Age);
}
