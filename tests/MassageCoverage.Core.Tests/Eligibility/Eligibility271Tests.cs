using MassageCoverage.Core.Eligibility;

namespace MassageCoverage.Core.Tests.Eligibility;

public class Eligibility271Tests
{
    /// <summary>A benefit as "EB01|EB02|EB03 (joined by ^)|EB06|EB07|EB08|EB09|EB10|EB11|EB12", "-" for absent.</summary>
    private static string Line(Benefit b) => string.Join("|",
        b.Code, b.CoverageLevel ?? "-", b.ServiceTypes.Count == 0 ? "-" : string.Join("^", b.ServiceTypes), b.PeriodCode ?? "-",
        b.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
        b.Percent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", b.QuantityQualifier ?? "-",
        b.Quantity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
        b.AuthorizationRequired switch { true => "Y", false => "N", null => "-" }, b.Network);

    [Fact]
    public void A_massage_answer_reads_into_payer_member_and_benefits()
    {
        var t = Assert.Single(Corpus.Parse("be-visit-limit.x12").Transactions);
        Assert.Equal(("0001", "REQ0001"), (t.ControlNumber, t.Reference));
        Assert.Equal(new EntityName("PR", "EXAMPLE HEALTH PLAN", null, null, "PI", "99999"), t.Payer);
        Assert.Equal(new EntityName("1P", "EXAMPLE MASSAGE CLINIC", null, null, "XX", "1234567893"), t.Receiver);
        Assert.Empty(t.Rejections);

        var jane = Assert.Single(t.Members);
        Assert.Same(jane, t.Patient);
        Assert.Equal((MemberLevel.Subscriber, "3", "2"), (jane.Level, jane.HierarchyId, jane.ParentHierarchyId));
        Assert.Equal(new EntityName("IL", "DOE", "JANE", "Q", "MI", "XJ123456789"), jane.Name);
        Assert.Equal(new DateOnly(1980, 1, 15), jane.BirthDate);
        Assert.Equal([new Reference("6P", "GRP00042", "EXAMPLE EMPLOYER GROUP"), new Reference("18", "PLAN777", null)], jane.References);
        Assert.Equal([new BenefitDate("346", "D8", "20260101", new(2026, 1, 1), new(2026, 1, 1))], jane.Dates);
        Assert.Equal(
            [
                "1|IND|30|-|-|-|-|-|-|NotStated",
                "C|IND|30|23|500|-|-|-|-|InNetwork",
                "C|IND|30|29|350|-|-|-|-|InNetwork",
                "C|IND|30|23|1500|-|-|-|-|OutOfNetwork",
                "G|IND|30|23|3000|-|-|-|-|InNetwork",
                "1|IND|BE|-|-|-|-|-|Y|InNetwork",
                "A|IND|BE|-|-|0.2|-|-|-|InNetwork",
                "A|IND|BE|-|-|0.4|-|-|-|OutOfNetwork",
                "B|IND|BE|27|25|-|-|-|-|InNetwork",
                "F|IND|BE|23|-|-|VS|20|Y|InNetwork",
            ],
            jane.Benefits.Select(Line));

        var plan = jane.Benefits[0];
        Assert.Equal(("PR", "EXAMPLE PPO GOLD", BenefitInformation.ActiveCoverage), (plan.InsuranceType, plan.PlanDescription, plan.Information));
        Assert.Equal([new BenefitDate("291", "RD8", "20260101-20261231", new(2026, 1, 1), new(2026, 12, 31))], plan.Dates);
        Assert.Equal(19, plan.Segment);
        Assert.Equal(["MASSAGE THERAPY LIMITED TO 20 VISITS PER CALENDAR YEAR"], jane.Benefits[5].Messages);
        Assert.Equal((BenefitInformation.Limitations, TimePeriod.CalendarYear), (jane.Benefits[9].Information, jane.Benefits[9].Period));
        Assert.Equal(["VISITS COMBINED IN AND OUT OF NETWORK"], jane.Benefits[9].Messages);
    }

    [Theory]
    // The same answer with CR LF after each terminator, with LF, and on one line.
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("")]
    public void Line_breaks_between_segments_do_not_change_what_is_read(string lineBreak)
    {
        var text = Corpus.Text("be-visit-limit.x12").Replace("~\r\n", "~" + lineBreak, StringComparison.Ordinal);
        Assert.Equal(
            Corpus.Parse("be-visit-limit.x12").Transactions[0].Members[0].Benefits.Select(Line),
            Corpus.ParseText(text).Transactions[0].Members[0].Benefits.Select(Line));
    }

    [Theory]
    [InlineData(80, "\r\n")]
    [InlineData(72, "\n")]
    public void A_file_wrapped_at_a_fixed_width_reads_as_if_it_were_not(int width, string lineBreak)
    {
        var flat = Corpus.Text("be-visit-limit.x12").Replace("\r\n", "", StringComparison.Ordinal);
        var wrapped = string.Join(lineBreak, flat.Chunk(width).Select(c => new string(c)));
        var member = Corpus.ParseText(wrapped).Transactions[0].Members[0];
        Assert.Equal(Corpus.Parse("be-visit-limit.x12").Transactions[0].Members[0].Benefits.Select(Line), member.Benefits.Select(Line));
        Assert.Equal(new EntityName("IL", "DOE", "JANE", "Q", "MI", "XJ123456789"), member.Name);
    }

    [Fact]
    public void Separators_other_than_the_usual_ones_are_read_from_the_ISA()
    {
        var member = Corpus.Parse("pipe-separators.x12").Transactions[0].Members[0];
        Assert.Equal(new EntityName("IL", "DOE", "JANE", "Q", "MI", "XJ123456789"), member.Name);
        Assert.Equal(
            ["1|IND|BE^AE|-|-|-|-|-|-|NotApplicable", "A|IND|BE^AE|-|-|0.1|-|-|-|InNetwork", "F|IND|BE^AE|22|-|-|VS|12|N|NotStated"],
            member.Benefits.Select(Line));
        Assert.Equal(("HC", "97124"), (member.Benefits[1].Procedure!.Qualifier, member.Benefits[1].Procedure!.Code));
        Assert.Empty(member.Benefits[1].Procedure!.Modifiers);
        Assert.Equal(("C1", "EXAMPLE CHOICE PLAN"), (member.Benefits[0].InsuranceType, member.Benefits[0].PlanDescription));
    }

    [Fact]
    public void A_subscriber_not_found_is_a_rejection_of_the_member_loop()
    {
        var t = Corpus.Parse("rejected-subscriber-not-found.x12").Transactions[0];
        var member = Assert.Single(t.Members);
        Assert.Empty(member.Benefits);
        var rejection = Assert.Single(member.Rejections);
        Assert.Equal(new Rejection("2100C", false, "75", "C"), rejection);
        Assert.Equal((RejectReason.SubscriberNotFound, FollowUpAction.CorrectAndResubmit), (rejection.Reason, rejection.FollowUp));
        Assert.Empty(t.Rejections);
    }

    [Fact]
    public void A_payer_that_cannot_answer_rejects_the_whole_inquiry()
    {
        var t = Corpus.Parse("rejected-payer-unavailable.x12").Transactions[0];
        Assert.Equal([new Rejection("2100A", true, "42", "R")], t.Rejections);
        Assert.Equal((RejectReason.UnableToRespondNow, FollowUpAction.ResubmissionAllowed), (t.Rejections[0].Reason, t.Rejections[0].FollowUp));
        Assert.Empty(t.Members);
        Assert.Null(t.Patient);
        Assert.Null(t.Receiver);
    }

    [Theory]
    [InlineData("15", RejectReason.RequiredDataMissing)]
    [InlineData("42", RejectReason.UnableToRespondNow)]
    [InlineData("72", RejectReason.InvalidMemberId)]
    [InlineData("73", RejectReason.InvalidSubscriberName)]
    [InlineData("75", RejectReason.SubscriberNotFound)]
    [InlineData("76", RejectReason.DuplicateSubscriberId)]
    [InlineData("T4", RejectReason.PayerMissing)]
    [InlineData("AA", RejectReason.Other)]
    [InlineData(null, RejectReason.Other)]
    public void A_reject_reason_code_has_its_meaning(string? code, RejectReason reason) =>
        Assert.Equal(reason, new Rejection("2100C", false, code, null).Reason);

    [Fact]
    public void A_non_covered_massage_benefit_keeps_its_message()
    {
        var member = Corpus.Parse("be-non-covered.x12").Transactions[0].Members[0];
        var massage = member.Benefits.Single(b => b.Covers("BE"));
        Assert.Equal(BenefitInformation.NonCovered, massage.Information);
        Assert.Equal(["MASSAGE THERAPY IS NOT A COVERED BENEFIT"], massage.Messages);
    }

    [Fact]
    public void A_dependent_is_the_patient_and_HSD_limits_stay_with_their_benefit()
    {
        var t = Corpus.Parse("hsd-visit-limit.x12").Transactions[0];
        Assert.Equal([MemberLevel.Subscriber, MemberLevel.Dependent], t.Members.Select(m => m.Level));
        Assert.Empty(t.Members[0].Benefits);
        var jimmy = t.Patient!;
        Assert.Equal((MemberLevel.Dependent, "4", "3"), (jimmy.Level, jimmy.HierarchyId, jimmy.ParentHierarchyId));
        Assert.Equal(new EntityName("03", "DOE", "JIMMY", null, null, null), jimmy.Name);
        Assert.Equal(new DateOnly(2012, 7, 4), jimmy.BirthDate);
        Assert.Equal(["30", "BE"], jimmy.Benefits[0].ServiceTypes);
        Assert.Equal(
            [new ServiceDelivery("VS", 12, null, null, "22", null, null, null), new ServiceDelivery("VS", 1, "WK", 1, null, null, null, null)],
            jimmy.Benefits[1].Deliveries);
        Assert.Equal(TimePeriod.ServiceYear, jimmy.Benefits[1].Deliveries[0].Period);
        Assert.Equal([new ServiceDelivery("VS", 8, null, null, "29", null, null, null)], jimmy.Benefits[2].Deliveries);
        Assert.Equal(TimePeriod.Remaining, jimmy.Benefits[2].Deliveries[0].Period);
    }

    [Fact]
    public void A_2120_loop_names_an_entity_related_to_its_benefit()
    {
        var member = Corpus.Parse("ls-le-2120.x12").Transactions[0].Members[0];
        Assert.Equal(6, member.Benefits.Count);
        Assert.Equal([new EntityName("P3", "EXAMPLE", "PRIMARY", null, "XX", "1234567893")], member.Benefits[1].RelatedEntities);
        Assert.All(member.Benefits.Where((_, i) => i != 1), b => Assert.Empty(b.RelatedEntities));
        Assert.Equal("F|IND|AE|23|-|-|VS|30|Y|InNetwork", Line(member.Benefits[2]));
    }

    [Theory]
    [InlineData("1", BenefitInformation.ActiveCoverage, true, false)]
    [InlineData("5", BenefitInformation.ActivePendingInvestigation, true, false)]
    [InlineData("6", BenefitInformation.Inactive, false, true)]
    [InlineData("8", BenefitInformation.InactivePendingInvestigation, false, true)]
    [InlineData("I", BenefitInformation.NonCovered, false, false)]
    [InlineData("CB", BenefitInformation.CoverageBasis, false, false)]
    [InlineData("G", BenefitInformation.OutOfPocket, false, false)]
    [InlineData("ZZ", BenefitInformation.Other, false, false)]
    public void A_benefit_code_has_its_meaning(string code, BenefitInformation information, bool active, bool inactive)
    {
        Assert.Equal(information, BenefitInformationCodes.Of(code));
        Assert.Equal((active, inactive), (information.IsActive(), information.IsInactive()));
    }
}
