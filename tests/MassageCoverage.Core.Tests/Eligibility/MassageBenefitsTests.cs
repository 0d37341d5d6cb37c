using System.Globalization;
using MassageCoverage.Core.Eligibility;
using MassageCoverage.Core.Eligibility.Massage;

namespace MassageCoverage.Core.Tests.Eligibility;

public class MassageBenefitsTests
{
    private static string N(decimal? d) => d?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-";

    private static string N(int? i) => i?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string B(bool? b) => b switch { true => "yes", false => "no", null => "-" };

    /// <summary>The single values of a summary on one line, so a table row can state all of them.</summary>
    private static string Render(MassageBenefitSummary s) => string.Join(" ",
        $"by={s.AnsweredBy ?? "-"}", $"status={s.Status}", $"network={s.InPlanNetwork}", $"plan={s.PlanStatus}",
        $"coins={N(s.CoinsurancePercent)}", $"copay={N(s.CopayAmount)}", $"visits/yr={N(s.VisitsPerYear)}",
        $"left={N(s.VisitsRemaining)}", $"auth={B(s.PriorAuthorizationRequired)}",
        $"unclear={(s.Unclear.Count == 0 ? "-" : string.Join(",", s.Unclear))}");

    private static MassageBenefitSummary Summary(string text) => MassageBenefits.Summarize(Corpus.ParseText(text).Transactions[0]);

    /// <summary>The file with each "find=>replace" applied in turn.</summary>
    private static string Mutated(string file, string[] changes) =>
        changes.Aggregate(Corpus.Text(file), (text, change) =>
        {
            var (find, replace) = (change.Split("=>")[0], change.Split("=>")[1]);
            Assert.Contains(find, text, StringComparison.Ordinal);
            return text.Replace(find, replace, StringComparison.Ordinal);
        });

    [Theory]
    [InlineData("be-visit-limit.x12",
        "by=BE status=Active network=InNetwork plan=Active coins=20 copay=25 visits/yr=20 left=- auth=yes unclear=-")]
    [InlineData("plan-only-30.x12",
        "by=30 status=Active network=NotStated plan=Active coins=- copay=30 visits/yr=- left=- auth=- unclear=-")]
    [InlineData("rejected-subscriber-not-found.x12",
        "by=- status=Unknown network=NotStated plan=Unknown coins=- copay=- visits/yr=- left=- auth=- unclear=-")]
    [InlineData("rejected-payer-unavailable.x12",
        "by=- status=Unknown network=NotStated plan=Unknown coins=- copay=- visits/yr=- left=- auth=- unclear=-")]
    [InlineData("be-non-covered.x12",
        "by=BE status=NotCovered network=NotStated plan=Active coins=- copay=- visits/yr=- left=- auth=- unclear=-")]
    [InlineData("pipe-separators.x12",
        "by=BE status=Active network=NotApplicable plan=Unknown coins=10 copay=- visits/yr=12 left=- auth=no unclear=-")]
    [InlineData("hsd-visit-limit.x12",
        "by=BE status=Active network=NotStated plan=Active coins=- copay=20 visits/yr=12 left=8 auth=- unclear=-")]
    [InlineData("ls-le-2120.x12",
        "by=AE status=Active network=InNetwork plan=Active coins=20 copay=40 visits/yr=30 left=- auth=yes unclear=-")]
    public void Each_corpus_answer_reads_as_a_massage_summary(string file, string expected) =>
        Assert.Equal(expected, Render(Summary(Corpus.Text(file))));

    [Theory]
    // Massage first, then physical medicine, physical therapy, chiropractic, and the plan last.
    [InlineData("EB*I*IND*BE=>EB*I*IND*PT", "by=PT status=NotCovered")]
    [InlineData("EB*I*IND*BE=>EB*I*IND*33", "by=33 status=NotCovered")]
    [InlineData("EB*I*IND*BE=>EB*I*IND*33^AE", "by=AE status=NotCovered")]
    [InlineData("EB*I*IND*BE=>EB*I*IND*33^PT", "by=PT status=NotCovered")]
    [InlineData("EB*I*IND*BE=>EB*I*IND*AE^BE", "by=BE status=NotCovered")]
    [InlineData("EB*I*IND*BE=>EB*I*IND*98", "by=30 status=Active")]
    // A line without EB03 answers for no service type.
    [InlineData("EB*1*IND*30*PR=>EB*1*IND**PR|EB*I*IND*BE=>EB*I*IND", "by=- status=Unknown")]
    public void The_first_service_type_in_massage_order_answers(string changes, string expected) =>
        Assert.StartsWith(expected, Render(Summary(Mutated("be-non-covered.x12", changes.Split('|')))), StringComparison.Ordinal);

    [Theory]
    // In-network lines that disagree give no value and say so; out-of-network lines never give the value.
    [InlineData("EB*A*IND*BE*****0.4****N=>EB*A*IND*BE*****0.3****Y", "coins=- copay=25 visits/yr=20 left=- auth=yes unclear=Coinsurance")]
    [InlineData("EB*A*IND*BE*****0.2****Y=>EB*A*IND*BE*****0.2****U", "coins=- copay=25 visits/yr=20 left=- auth=yes unclear=-")]
    [InlineData("EB*A*IND*BE*****0.2****Y=>EB*A*IND*BE*****0.2", "coins=20 copay=25 visits/yr=20 left=- auth=yes unclear=-")]
    // EB08 is a fraction: 20 may mean 20 % or 2,000 %, so it gives none; out of network it leaves nothing unclear.
    [InlineData("EB*A*IND*BE*****0.2****Y=>EB*A*IND*BE*****20****Y", "coins=- copay=25 visits/yr=20 left=- auth=yes unclear=Coinsurance")]
    [InlineData("EB*A*IND*BE*****0.4****N=>EB*A*IND*BE*****40****N", "coins=20 copay=25 visits/yr=20 left=- auth=yes unclear=-")]
    [InlineData("VS*20*Y*Y=>VS*20.5*Y*Y", "coins=20 copay=25 visits/yr=- left=- auth=yes unclear=VisitsPerYear")]
    [InlineData("EB*F*IND*BE***23***VS*20=>EB*F*IND*BE***29***VS*20", "coins=20 copay=25 visits/yr=- left=20 auth=yes unclear=-")]
    [InlineData("EB*F*IND*BE***23***VS*20=>EB*F*IND*BE***27***VS*20", "coins=20 copay=25 visits/yr=- left=- auth=yes unclear=-")]
    [InlineData("EB*F*IND*BE***23***VS*20=>EB*F*IND*BE***22***VS*20", "coins=20 copay=25 visits/yr=20 left=- auth=yes unclear=-")]
    // EB11: a U says nothing; a Y and an N in network disagree.
    [InlineData("EB*1*IND*BE********Y*Y=>EB*1*IND*BE********U*Y", "coins=20 copay=25 visits/yr=20 left=- auth=yes unclear=-")]
    [InlineData("EB*1*IND*BE********Y*Y=>EB*1*IND*BE********N*Y", "coins=20 copay=25 visits/yr=20 left=- auth=- unclear=PriorAuthorization")]
    [InlineData("EB*1*IND*BE********Y*Y=>EB*1*IND*BE*********Y|VS*20*Y*Y=>VS*20**Y", "coins=20 copay=25 visits/yr=20 left=- auth=- unclear=-")]
    public void A_term_is_the_in_network_answer_or_nothing(string changes, string expected) =>
        Assert.EndsWith(expected, Render(Summary(Mutated("be-visit-limit.x12", changes.Split('|')))), StringComparison.Ordinal);

    [Theory]
    [InlineData("EB*A*IND*BE*****0.4****N=>EB*I*IND*BE*********N", "status=Active network=InNetwork")]
    [InlineData("EB*A*IND*BE*****0.4****N=>EB*I*IND*BE*********Y", "status=Unknown network=NotStated")]
    [InlineData("EB*1*IND*BE********Y*Y=>EB*1*IND*BE********Y*N", "status=Unknown network=NotStated")]
    [InlineData("EB*1*IND*BE********Y*Y=>EB*6*IND*BE********Y*W", "status=Inactive network=NotApplicable")]
    public void The_status_is_the_in_network_lines_and_disagreeing_lines_are_unknown(string changes, string expected) =>
        Assert.Contains(expected, Render(Summary(Mutated("be-visit-limit.x12", changes.Split('|')))), StringComparison.Ordinal);

    [Fact]
    public void A_massage_answer_keeps_every_line_with_its_network_and_the_plans_deductibles()
    {
        var s = Summary(Corpus.Text("be-visit-limit.x12"));
        Assert.True(s.MassageAnswered);
        Assert.Equal(
            [new BenefitValue<decimal>(20, NetworkIndicator.InNetwork, null, "IND", "BE", 27), new BenefitValue<decimal>(40, NetworkIndicator.OutOfNetwork, null, "IND", "BE", 28)],
            s.Coinsurance);
        Assert.Equal([new BenefitValue<decimal>(25, NetworkIndicator.InNetwork, TimePeriod.Visit, "IND", "BE", 29)], s.Copays);
        Assert.Equal([new VisitLimit(20, TimePeriod.CalendarYear, null, null, null, NetworkIndicator.InNetwork, "BE", 30)], s.VisitLimits);

        // The payer stated deductibles and out-of-pocket once, for the plan: they come with the code that gave them.
        Assert.Equal(
            [
                new BenefitValue<decimal>(500, NetworkIndicator.InNetwork, TimePeriod.CalendarYear, "IND", "30", 21),
                new BenefitValue<decimal>(350, NetworkIndicator.InNetwork, TimePeriod.Remaining, "IND", "30", 22),
                new BenefitValue<decimal>(1500, NetworkIndicator.OutOfNetwork, TimePeriod.CalendarYear, "IND", "30", 23),
            ],
            s.Deductibles);
        Assert.Equal([new BenefitValue<decimal>(3000, NetworkIndicator.InNetwork, TimePeriod.CalendarYear, "IND", "30", 24)], s.OutOfPocket);
        Assert.Equal(["MASSAGE THERAPY LIMITED TO 20 VISITS PER CALENDAR YEAR", "VISITS COMBINED IN AND OUT OF NETWORK"], s.Messages);
        Assert.Empty(s.Rejections);
    }

    [Theory]
    [InlineData("be-visit-limit.x12", new[] { Unanswerable.TherapistInNetwork, Unanswerable.DiagnosisOrPrescriptionRequirements })]
    [InlineData("be-non-covered.x12", new[] { Unanswerable.TherapistInNetwork, Unanswerable.DiagnosisOrPrescriptionRequirements })]
    [InlineData("plan-only-30.x12", new[] { Unanswerable.TherapistInNetwork, Unanswerable.DiagnosisOrPrescriptionRequirements, Unanswerable.MassageSpecificTerms })]
    [InlineData("ls-le-2120.x12", new[] { Unanswerable.TherapistInNetwork, Unanswerable.DiagnosisOrPrescriptionRequirements, Unanswerable.MassageSpecificTerms })]
    [InlineData("rejected-subscriber-not-found.x12", new[] { Unanswerable.TherapistInNetwork, Unanswerable.DiagnosisOrPrescriptionRequirements, Unanswerable.MassageSpecificTerms })]
    public void What_a_271_cannot_say_is_always_listed(string file, Unanswerable[] expected) =>
        Assert.Equal(expected, Summary(Corpus.Text(file)).CannotSay);

    [Fact]
    public void A_plan_level_answer_is_not_massage_and_says_so()
    {
        var s = Summary(Corpus.Text("plan-only-30.x12"));
        Assert.False(s.MassageAnswered);
        Assert.Equal("30", s.AnsweredBy);
        Assert.All(s.Copays, c => Assert.Equal("30", c.ServiceType));
        Assert.Equal([new BenefitValue<decimal>(1000, NetworkIndicator.NotApplicable, TimePeriod.CalendarYear, "IND", "30", 21)], s.Deductibles);
    }

    [Fact]
    public void A_related_service_answer_is_not_massage_and_says_so()
    {
        var s = Summary(Corpus.Text("ls-le-2120.x12"));
        Assert.False(s.MassageAnswered);
        Assert.Equal("AE", s.AnsweredBy);
        Assert.All(s.VisitLimits, v => Assert.Equal("AE", v.ServiceType));
        Assert.Empty(s.Deductibles);
        Assert.Equal([new EntityName("P3", "EXAMPLE", "PRIMARY", null, "XX", "1234567893")], s.RelatedEntities);
    }

    [Fact]
    public void HSD_limits_keep_their_unit_and_period()
    {
        var s = Summary(Corpus.Text("hsd-visit-limit.x12"));
        Assert.Equal(
            [
                new VisitLimit(12, TimePeriod.ServiceYear, null, null, null, NetworkIndicator.NotStated, "BE", 25),
                new VisitLimit(1, null, null, "WK", 1, NetworkIndicator.NotStated, "BE", 25),
                new VisitLimit(8, TimePeriod.Remaining, null, null, null, NetworkIndicator.NotStated, "BE", 28),
            ],
            s.VisitLimits);
        Assert.Equal([true, false, false], s.VisitLimits.Select(v => v.IsPerYear));
    }

    [Fact]
    public void Rejections_from_every_level_reach_the_summary()
    {
        var member = Summary(Corpus.Text("rejected-subscriber-not-found.x12"));
        Assert.Equal([RejectReason.SubscriberNotFound], member.Rejections.Select(r => r.Reason));
        Assert.Equal(CoverageStatus.Unknown, member.Status);

        var payer = Summary(Corpus.Text("rejected-payer-unavailable.x12"));
        Assert.Equal([RejectReason.UnableToRespondNow], payer.Rejections.Select(r => r.Reason));

        var benefit = Summary(Corpus.Mutated("be-visit-limit.x12", "MSG*VISITS COMBINED IN AND OUT OF NETWORK", "AAA*N**41*N"));
        Assert.Equal([new Rejection("2110C", false, "41", "N")], benefit.Rejections);
    }

    [Fact]
    public void A_member_can_be_summarised_on_its_own()
    {
        var t = Corpus.Parse("hsd-visit-limit.x12").Transactions[0];
        var subscriber = MassageBenefits.Summarize(t, t.Members[0]);
        Assert.Equal((null, CoverageStatus.Unknown), (subscriber.AnsweredBy, subscriber.Status));
        Assert.Equal("BE", MassageBenefits.Summarize(t, t.Members[1]).AnsweredBy);
    }

    [Theory]
    [InlineData(TimePeriod.CalendarYear, null, null, null, true)]
    [InlineData(TimePeriod.ServiceYear, null, null, null, true)]
    [InlineData(TimePeriod.Years, null, null, null, true)]
    [InlineData(TimePeriod.Years, 2, null, null, false)]
    [InlineData(null, null, "YR", 1, true)]
    [InlineData(null, null, "YR", 2, false)]
    [InlineData(null, null, "WK", 1, false)]
    [InlineData(TimePeriod.Month, null, null, null, false)]
    [InlineData(TimePeriod.Lifetime, null, null, null, false)]
    [InlineData(TimePeriod.Remaining, null, null, null, false)]
    [InlineData(null, null, null, null, false)]
    public void A_visit_limit_is_per_year_only_when_its_period_is_one_year(TimePeriod? period, int? periods, string? unit, int? units, bool perYear) =>
        Assert.Equal(perYear, new VisitLimit(20, period, periods, unit, units, NetworkIndicator.NotStated, "BE", 1).IsPerYear);
}
