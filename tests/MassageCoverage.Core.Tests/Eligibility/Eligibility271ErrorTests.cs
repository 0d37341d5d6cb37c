using MassageCoverage.Core.Eligibility;
using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Tests.Eligibility;

public class Eligibility271ErrorTests
{
    private static X12Error Refused(string text)
    {
        Assert.False(Eligibility271.TryParse(text, out var response, out var error));
        Assert.Null(response);
        return error;
    }

    [Theory]
    // be-visit-limit.x12: BHT 4, HL 5/7/9, NM1 6/8/11, TRN 10, DMG 16, DTP 18 and 20, EB 19, 21-25, 27-30, MSG 26 and 31.
    [InlineData("BHT*0022*11*REQ0001*20261201*1200", "XYZ*1", X12ErrorCode.MissingSegment, "BHT", 4, null)]
    [InlineData("EB*A*IND*BE*****0.2****Y", "EB*A*IND*BE*****0.2X****Y", X12ErrorCode.InvalidValue, "EB", 27, 8)]
    [InlineData("EB*B*IND*BE***27*25*", "EB*B*IND*BE***27*$25*", X12ErrorCode.InvalidValue, "EB", 29, 7)]
    [InlineData("EB*F*IND*BE***23***VS*20*Y", "EB*F*IND*BE***23***VS**Y", X12ErrorCode.MissingElement, "EB", 30, 10)]
    [InlineData("EB*F*IND*BE***23***VS*20*Y", "EB*F*IND*BE***23****20*Y", X12ErrorCode.MissingElement, "EB", 30, 9)]
    [InlineData("EB*1*IND*BE********Y*Y", "EB*1*IND*BE********Y*Q", X12ErrorCode.InvalidValue, "EB", 25, 12)]
    [InlineData("EB*1*IND*BE********Y*Y", "EB*1*IND*BE********X*Y", X12ErrorCode.InvalidValue, "EB", 25, 11)]
    [InlineData("EB*1*IND*BE********Y*Y", "EB**IND*BE", X12ErrorCode.MissingElement, "EB", 25, 1)]
    [InlineData("NM1*IL*1*DOE", "NM1*03*1*DOE", X12ErrorCode.InvalidValue, "NM1", 11, 1)]
    [InlineData("NM1*IL*1*DOE", "NM1**1*DOE", X12ErrorCode.InvalidValue, "NM1", 11, 1)]
    [InlineData("HL*3*2*22*0", "HL*3*9*22*0", X12ErrorCode.InvalidValue, "HL", 9, 2)]
    [InlineData("HL*3*2*22*0", "HL*3*1*22*0", X12ErrorCode.InvalidValue, "HL", 9, 2)]
    [InlineData("HL*3*2*22*0", "HL*3*2*24*0", X12ErrorCode.InvalidValue, "HL", 9, 3)]
    [InlineData("HL*2*1*21*1", "HL*1*1*21*1", X12ErrorCode.InvalidValue, "HL", 7, 1)]
    [InlineData("HL*2*1*21*1", "HL**1*21*1", X12ErrorCode.MissingElement, "HL", 7, 1)]
    [InlineData("DTP*291*RD8*20260101-20261231", "DTP*291*RD8*20261231-20260101", X12ErrorCode.InvalidValue, "DTP", 20, 3)]
    [InlineData("DTP*346*D8*20260101", "DTP*346*D8*20260231", X12ErrorCode.InvalidValue, "DTP", 18, 3)]
    [InlineData("MSG*VISITS COMBINED IN AND OUT OF NETWORK", "HSD*VS*X", X12ErrorCode.InvalidValue, "HSD", 31, 2)]
    [InlineData("MSG*VISITS COMBINED IN AND OUT OF NETWORK", "MSG", X12ErrorCode.MissingElement, "MSG", 31, 1)]
    [InlineData("MSG*VISITS COMBINED IN AND OUT OF NETWORK", "AAA*Q**42", X12ErrorCode.InvalidValue, "AAA", 31, 1)]
    // A segment where its loop does not allow it.
    [InlineData("DMG*D8*19800115*F", "MSG*HELLO", X12ErrorCode.UnexpectedSegment, "MSG", 16, null)]
    [InlineData("DMG*D8*19800115*F", "HSD*VS*1", X12ErrorCode.UnexpectedSegment, "HSD", 16, null)]
    [InlineData("MSG*VISITS COMBINED IN AND OUT OF NETWORK", "DMG*D8*19800115", X12ErrorCode.UnexpectedSegment, "DMG", 31, null)]
    [InlineData("MSG*VISITS COMBINED IN AND OUT OF NETWORK", "LE*2120", X12ErrorCode.UnexpectedSegment, "LE", 31, null)]
    [InlineData("MSG*VISITS COMBINED IN AND OUT OF NETWORK", "NM1*P3*1*EXAMPLE", X12ErrorCode.UnexpectedSegment, "NM1", 31, null)]
    [InlineData("NM1*PR*2*EXAMPLE HEALTH PLAN*****PI*99999", "REF*EO*1", X12ErrorCode.MissingSegment, "NM1", 6, null)]
    [InlineData("NM1*1P*2*EXAMPLE MASSAGE CLINIC*****XX*1234567893", "EB*1", X12ErrorCode.UnexpectedSegment, "EB", 8, null)]
    [InlineData("HL*1**20*1", "EB*1", X12ErrorCode.UnexpectedSegment, "EB", 5, null)]
    [InlineData("TRN*2*TRACE0001*9877281234", "DMG*D8*19800115", X12ErrorCode.MissingSegment, "NM1", 10, null)]
    [InlineData("NM1*IL*1*DOE*JANE*Q***MI*XJ123456789", "TRN*2*X", X12ErrorCode.MissingSegment, "NM1", 12, null)]
    [InlineData("NM1*1P*2*EXAMPLE MASSAGE CLINIC*****XX*1234567893", "PER*IC", X12ErrorCode.MissingSegment, "NM1", 8, null)]
    public void A_segment_the_271_does_not_allow_is_an_error_naming_it(
        string find, string replace, X12ErrorCode code, string segmentId, int segment, int? element)
    {
        var error = Refused(Corpus.Mutated("be-visit-limit.x12", find, replace));
        Assert.Equal((code, segmentId, segment, element), (error.Code, error.SegmentId, error.Segment, error.Element));
    }

    [Theory]
    // ls-le-2120.x12: EB 20 opens LS 21, NM1 22, N3 23, N4 24, PER 25, LE 26, then EB 27.
    [InlineData("LE*2120", "MSG*INSIDE", X12ErrorCode.MissingSegment, "LE", 26, null)]
    [InlineData("LE*2120", "LE*2130", X12ErrorCode.InvalidValue, "LE", 26, 1)]
    [InlineData("LS*2120", "LS*2100", X12ErrorCode.InvalidValue, "LS", 21, 1)]
    [InlineData("LS*2120", "MSG*NOT AN LS", X12ErrorCode.UnexpectedSegment, "NM1", 22, null)]
    [InlineData("NM1*P3*1*EXAMPLE*PRIMARY****XX*1234567893", "PRV*PE*PXC*225700000X", X12ErrorCode.MissingSegment, "NM1", 22, null)]
    [InlineData("NM1*P3*1*EXAMPLE*PRIMARY****XX*1234567893", "N3*1 EXAMPLE PLAZA", X12ErrorCode.MissingSegment, "NM1", 22, null)]
    [InlineData("NM1*P3*1*EXAMPLE*PRIMARY****XX*1234567893", "NM1", X12ErrorCode.MissingElement, "NM1", 22, 1)]
    public void A_2120_loop_must_open_with_LS_hold_an_NM1_and_close_with_LE(
        string find, string replace, X12ErrorCode code, string segmentId, int segment, int? element)
    {
        var error = Refused(Corpus.Mutated("ls-le-2120.x12", find, replace));
        Assert.Equal((code, segmentId, segment, element), (error.Code, error.SegmentId, error.Segment, error.Element));
    }

    [Fact]
    public void An_LS_left_open_is_missing_its_LE_at_the_SE()
    {
        var text = Corpus.Text("ls-le-2120.x12");
        var open = text[..text.IndexOf("LE*2120", StringComparison.Ordinal)] + text[text.LastIndexOf("SE*", StringComparison.Ordinal)..];
        open = open.Replace("SE*29*0001", "SE*24*0001", StringComparison.Ordinal);
        Assert.Equal(new X12Error(X12ErrorCode.MissingSegment, "LE", 26), Refused(open));
    }

    [Fact]
    public void An_interchange_without_a_transaction_has_nothing_to_read()
    {
        var text = Corpus.Text("be-visit-limit.x12");
        var empty = text[..text.IndexOf("ST*271", StringComparison.Ordinal)] + "GE*0*905~IEA*1*000000905~";
        Assert.Equal(new X12Error(X12ErrorCode.MissingSegment, "ST", 3), Refused(empty));
    }

    [Fact]
    public void A_transaction_without_levels_has_no_HL()
    {
        var text = Corpus.Text("be-visit-limit.x12");
        var bare = text[..text.IndexOf("HL*1", StringComparison.Ordinal)] + text[text.LastIndexOf("SE*", StringComparison.Ordinal)..];
        Assert.Equal(new X12Error(X12ErrorCode.MissingSegment, "HL", 5), Refused(bare.Replace("SE*30*", "SE*3*", StringComparison.Ordinal)));
    }
}
