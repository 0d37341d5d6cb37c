using MassageCoverage.Core.Eligibility;

namespace MassageCoverage.Core.Tests.Eligibility;

public class X12RedactorTests
{
    private static string[] Lines(string text) => text.Split(['~', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Theory]
    // Member names and ids, address, birth date, trace number, member-level references.
    [InlineData("be-visit-limit.x12", "NM1*IL*1*DOE*JANE*Q***MI*XJ123456789", "NM1*IL*1*REDACTED*REDACTED*REDACTED***MI*REDACTED")]
    [InlineData("be-visit-limit.x12", "N3*100 EXAMPLE STREET*APT 4", "N3*REDACTED*REDACTED")]
    [InlineData("be-visit-limit.x12", "N4*SPRINGFIELD*OR*97477", "N4*REDACTED*OR*REDACTED")]
    [InlineData("be-visit-limit.x12", "DMG*D8*19800115*F", "DMG*D8*REDACTED*F")]
    [InlineData("be-visit-limit.x12", "TRN*2*TRACE0001*9877281234", "TRN*2*REDACTED*9877281234")]
    [InlineData("be-visit-limit.x12", "REF*6P*GRP00042*EXAMPLE EMPLOYER GROUP", "REF*6P*REDACTED*REDACTED")]
    [InlineData("hsd-visit-limit.x12", "NM1*03*1*DOE*JIMMY", "NM1*03*1*REDACTED*REDACTED")]
    [InlineData("hsd-visit-limit.x12", "DMG*D8*20120704*M", "DMG*D8*REDACTED*M")]
    [InlineData("pipe-separators.x12", "NM1|IL|1|DOE|JANE|Q|||MI|XJ123456789", "NM1|IL|1|REDACTED|REDACTED|REDACTED|||MI|REDACTED")]
    // A plan number names a plan many members share; payers, providers and benefits are no member's.
    [InlineData("be-visit-limit.x12", "REF*18*PLAN777", "REF*18*PLAN777")]
    [InlineData("be-visit-limit.x12", "NM1*PR*2*EXAMPLE HEALTH PLAN*****PI*99999", "NM1*PR*2*EXAMPLE HEALTH PLAN*****PI*99999")]
    [InlineData("be-visit-limit.x12", "NM1*1P*2*EXAMPLE MASSAGE CLINIC*****XX*1234567893", "NM1*1P*2*EXAMPLE MASSAGE CLINIC*****XX*1234567893")]
    [InlineData("be-visit-limit.x12", "EB*F*IND*BE***23***VS*20*Y*Y", "EB*F*IND*BE***23***VS*20*Y*Y")]
    [InlineData("ls-le-2120.x12", "NM1*P3*1*EXAMPLE*PRIMARY****XX*1234567893", "NM1*P3*1*EXAMPLE*PRIMARY****XX*1234567893")]
    [InlineData("ls-le-2120.x12", "N3*1 EXAMPLE PLAZA", "N3*1 EXAMPLE PLAZA")]
    public void A_redacted_copy_replaces_what_identifies_the_member_and_keeps_the_rest(string file, string segment, string redacted)
    {
        var lines = Lines(Corpus.Parse(file).Redacted());
        Assert.Contains(redacted, lines);
        if (segment != redacted)
        {
            Assert.DoesNotContain(segment, lines);
        }
    }

    [Fact]
    public void An_employer_named_in_a_2120_loop_is_redacted_with_its_address()
    {
        var text = Corpus.Mutated("ls-le-2120.x12", "NM1*P3*1*EXAMPLE*PRIMARY****XX*1234567893", "NM1*36*2*EXAMPLE EMPLOYER*****FI*999999999");
        var lines = Lines(Corpus.ParseText(text).Redacted());
        Assert.Contains("NM1*36*2*REDACTED*****FI*REDACTED", lines);
        Assert.Contains("N3*REDACTED", lines);
        Assert.Contains("PER*IC**TE*REDACTED", lines);
    }

    [Theory]
    [InlineData("be-visit-limit.x12", new[] { "DOE", "JANE", "XJ123456789", "19800115", "EXAMPLE STREET", "97477", "GRP00042", "EMPLOYER", "TRACE0001" })]
    [InlineData("hsd-visit-limit.x12", new[] { "DOE", "JANE", "JIMMY", "XJ123456789", "19800115", "20120704", "EXAMPLE STREET", "TRACE0003" })]
    [InlineData("rejected-subscriber-not-found.x12", new[] { "DOE", "JOHN", "ZZ000000000", "19751231", "TRACE0002" })]
    public void No_member_identifier_is_left_anywhere_in_the_copy(string file, string[] identifiers)
    {
        var redacted = Corpus.Parse(file).Redacted();
        Assert.All(identifiers, id => Assert.DoesNotContain(id, redacted, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("be-visit-limit.x12")]
    [InlineData("pipe-separators.x12")]
    [InlineData("hsd-visit-limit.x12")]
    [InlineData("ls-le-2120.x12")]
    [InlineData("rejected-subscriber-not-found.x12")]
    public void The_copy_reads_again_with_the_same_structure_and_benefits(string file)
    {
        var original = Corpus.Parse(file);
        var copy = Corpus.ParseText(original.Redacted());
        Assert.Equal(original.Document.Segments.Count, copy.Document.Segments.Count);
        Assert.Equal(original.Document.Delimiters, copy.Document.Delimiters);
        Assert.Equal(Corpus.Text(file)[..106], original.Redacted()[..106]);
        var before = original.Transactions[0];
        var after = copy.Transactions[0];
        Assert.Equal(before.Payer, after.Payer);
        Assert.Equal(before.Rejections, after.Rejections);
        Assert.Equal(before.Members.Count, after.Members.Count);
        for (var m = 0; m < before.Members.Count; m++)
        {
            Assert.Equal(before.Members[m].Rejections, after.Members[m].Rejections);
            Assert.Equal(before.Members[m].Benefits.Count, after.Members[m].Benefits.Count);
            Assert.Null(after.Members[m].BirthDate);
            Assert.Equal(X12Redactor.Mark, after.Members[m].Name.Name);
            for (var b = 0; b < before.Members[m].Benefits.Count; b++)
            {
                var (x, y) = (before.Members[m].Benefits[b], after.Members[m].Benefits[b]);
                Assert.Equal((x.Code, x.PeriodCode, x.Amount, x.Percent, x.Quantity, x.AuthorizationRequired, x.Network), (y.Code, y.PeriodCode, y.Amount, y.Percent, y.Quantity, y.AuthorizationRequired, y.Network));
                Assert.Equal(x.ServiceTypes, y.ServiceTypes);
                Assert.Equal(x.Messages, y.Messages);
                Assert.Equal(x.Deliveries, y.Deliveries);
                Assert.Equal(x.RelatedEntities, y.RelatedEntities);
            }
        }
    }
}
