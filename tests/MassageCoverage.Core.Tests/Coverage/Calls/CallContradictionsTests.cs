using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Coverage.Calls;

namespace MassageCoverage.Core.Tests.Coverage.Calls;

public class CallContradictionsTests
{
    private static readonly RuleTerms Covered20 = new() { ServiceCodes = ["97124"], Covered = true, MaxVisitsPerYear = 20 };

    /// <summary>A rule as "covered|visits|referral|priorAuth|priorAuthAfter", "-" for a term left out.</summary>
    private static RuleTerms Rule(string text)
    {
        var p = text.Split('|');
        return new RuleTerms
        {
            ServiceCodes = ["97124"],
            Covered = p[0] == "yes",
            MaxVisitsPerYear = p[1] == "-" ? null : int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture),
            RequiresReferral = p[2] == "yes",
            RequiresPriorAuthorization = p[3] == "yes",
            PriorAuthorizationAfterVisits = p[4] == "-" ? null : int.Parse(p[4], System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static bool? YesNo(string text) => text switch { "yes" => true, "no" => false, _ => null };

    /// <summary>What was said as "covered|visits|referral|priorAuth", "-" for not asked.</summary>
    private static RepresentativeSaid Said(string text)
    {
        var p = text.Split('|');
        return new(YesNo(p[0]), p[1] == "-" ? null : int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), YesNo(p[2]), YesNo(p[3]));
    }

    private static string Found(string said, string rule) =>
        string.Join(" ", CallContradictions.Between(Said(said), Rule(rule)).Select(c => $"{c.Field}:{c.Call.Code}/{c.Rule.Code}"));

    [Theory]
    // Nothing asked, or everything agreeing, is no contradiction.
    [InlineData("-|-|-|-", "yes|20|yes|no|-", "")]
    [InlineData("yes|20|yes|no", "yes|20|yes|no|-", "")]
    // Each term alone.
    [InlineData("no|-|-|-", "yes|20|no|no|-", "Covered:no/yes")]
    [InlineData("yes|-|-|-", "no|-|no|no|-", "Covered:yes/no")]
    [InlineData("-|12|-|-", "yes|20|no|no|-", "VisitsPerYear:12/20")]
    [InlineData("-|12|-|-", "yes|-|no|no|-", "VisitsPerYear:12/no-limit")]
    [InlineData("-|-|yes|-", "yes|-|no|no|-", "ReferralNeeded:yes/no")]
    [InlineData("-|-|no|-", "yes|-|yes|no|-", "ReferralNeeded:no/yes")]
    [InlineData("-|-|-|yes", "yes|-|no|no|-", "PriorAuthorizationNeeded:yes/no")]
    [InlineData("-|-|-|no", "yes|-|no|yes|-", "PriorAuthorizationNeeded:no/yes")]
    // Prior authorization after some visits is still needed: "no" contradicts it and names the visits, "yes" does not.
    [InlineData("-|-|-|no", "yes|-|no|no|6", "PriorAuthorizationNeeded:no/after-6")]
    [InlineData("-|-|-|yes", "yes|-|no|no|6", "")]
    [InlineData("-|-|-|no", "yes|-|no|yes|6", "PriorAuthorizationNeeded:no/yes")]
    // Several at once, in field order.
    [InlineData("no|12|no|no", "yes|20|yes|yes|-", "Covered:no/yes VisitsPerYear:12/20 ReferralNeeded:no/yes PriorAuthorizationNeeded:no/yes")]
    // A rule that covers nothing has no visits, referral or authorization terms to contradict.
    [InlineData("yes|12|yes|yes", "no|-|no|no|-", "Covered:yes/no")]
    [InlineData("-|12|yes|yes", "no|-|no|no|-", "")]
    public void A_call_contradicts_a_rule_on_each_term_it_answered_differently(string said, string rule, string expected) =>
        Assert.Equal(expected, Found(said, rule));

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("no-limit")]
    [InlineData("0")]
    [InlineData("12")]
    [InlineData("after-6")]
    public void A_value_reads_back_from_its_code(string code) => Assert.Equal(code, FieldValue.Parse(code)!.Code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("maybe")]
    [InlineData("-1")]
    [InlineData("after-")]
    [InlineData("1234567890")]
    public void Anything_but_a_code_reads_as_no_value(string? code) => Assert.Null(FieldValue.Parse(code));

    [Fact]
    public void Nothing_said_is_empty_and_contradicts_nothing()
    {
        Assert.True(RepresentativeSaid.Nothing.IsEmpty);
        Assert.False(new RepresentativeSaid(null, 0, null, null).IsEmpty);
        Assert.Empty(CallContradictions.Between(RepresentativeSaid.Nothing, Covered20));
    }
}
