using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Tests.Eligibility;

public class X12ReaderTests
{
    private const string Default = "be-visit-limit.x12";

    private static X12Document Read(string text)
    {
        Assert.True(X12Reader.TryRead(text, out var document, out var error), error?.ToString());
        return document;
    }

    private static X12Error Refused(string text)
    {
        Assert.False(X12Reader.TryRead(text, out var document, out var error));
        Assert.Null(document);
        return error;
    }

    [Theory]
    [InlineData(Default, '*', '^', ':', '~')]
    [InlineData("pipe-separators.x12", '|', '^', '>', '\n')]
    public void Separators_are_read_from_the_ISA(string file, char element, char repetition, char component, char segment) =>
        Assert.Equal(new X12Delimiters(element, repetition, component, segment), Read(Corpus.Text(file)).Delimiters);

    [Theory]
    // CR LF after each terminator, none at all, a line break as the terminator, and that line break written CR LF.
    [InlineData(Default, 34, true)]
    [InlineData("plan-only-30.x12", 24, false)]
    [InlineData("pipe-separators.x12", 24, false)]
    public void Line_breaks_after_terminators_are_not_part_of_segments(string file, int segments, bool lineBreaks)
    {
        foreach (var text in new[] { Corpus.Text(file), Corpus.Text(file).ReplaceLineEndings("\r\n") })
        {
            var document = Read(text);
            Assert.Equal(segments, document.Segments.Count);
            Assert.Equal(Enumerable.Range(1, segments), document.Segments.Select(s => s.Position));
            Assert.All(document.Segments, s => Assert.DoesNotContain('\r', s.Text.ToString()));
            Assert.All(document.Segments, s => Assert.DoesNotContain('\n', s.Text.ToString()));
            Assert.Equal(lineBreaks || text.Contains("~\r\n", StringComparison.Ordinal), document.LineBreaks);
        }
    }

    [Fact]
    public void A_byte_order_mark_and_blank_lines_before_the_ISA_are_skipped() =>
        Assert.Equal(34, Read("\uFEFF\r\n  " + Corpus.Text(Default)).Segments.Count);

    [Fact]
    public void Elements_read_by_position_with_repetitions_and_components()
    {
        var eb = Read(Corpus.Text("pipe-separators.x12")).Segments.Single(s => s.Id == "EB" && s.Is(1, "A"));
        Assert.Equal(13, eb.ElementCount);
        Assert.Equal("IND", eb.Value(2));
        Assert.Equal(["BE", "AE"], eb.Repetitions(3));
        Assert.Null(eb.Value(4));
        Assert.Equal("0.1", eb.Value(8));
        Assert.Equal(["HC", "97124"], eb.Components(13));
        Assert.Null(eb.Value(14));
        Assert.Empty(eb.Repetitions(14));
        Assert.True(eb.Span(0).IsEmpty);
        Assert.Equal("EB (segment 20)", eb.ToString());
    }

    /// <summary>The first 105 characters of the default file's ISA, to change one thing at a time.</summary>
    private static string Isa => Corpus.Text(Default)[..105];

    private static string WithIsa(string isa) => isa + Corpus.Text(Default)[105..];

    public static TheoryData<string, X12ErrorCode, int, int?> Malformed => new()
    {
        { "", X12ErrorCode.Empty, 1, null },
        { " \r\n\t", X12ErrorCode.Empty, 1, null },
        { "GS*HB*CLEARINGHOUSE~", X12ErrorCode.NoInterchangeHeader, 1, null },
        { "%PDF-1.7 not an interchange", X12ErrorCode.NoInterchangeHeader, 1, null },
        { Isa[..60], X12ErrorCode.HeaderTooShort, 1, null },
        // ISA06 one character short: the separator before ISA07 is not where the widths put it.
        { WithIsa(Isa.Replace("CLEARINGHOUSE  *", "CLEARINGHOUSE *", StringComparison.Ordinal) + "*"), X12ErrorCode.HeaderMalformed, 1, 6 },
        // A terminator inside ISA02 would cut the header short.
        { WithIsa("ISA*00*~         " + Isa[17..]), X12ErrorCode.HeaderMalformed, 1, 2 },
        { WithIsa(Isa.Replace("*00501*", "*00401*", StringComparison.Ordinal)), X12ErrorCode.UnsupportedVersion, 1, 12 },
        { WithIsa(Isa.Replace("*^*", "***", StringComparison.Ordinal)), X12ErrorCode.InvalidDelimiters, 1, 11 },
        { WithIsa(Isa[..^1] + "A"), X12ErrorCode.InvalidDelimiters, 1, 16 },
        { WithIsa(Isa[..^1] + "~"), X12ErrorCode.InvalidDelimiters, 1, 16 },
        { WithIsa(Isa.Replace("*^*", "*\n*", StringComparison.Ordinal)), X12ErrorCode.InvalidDelimiters, 1, 11 },
        // The character after ISA16 is the terminator: a G there is no terminator at all.
        { Isa + "GS*HB~", X12ErrorCode.InvalidDelimiters, 1, 16 },
        { Isa + "~@@@ garbage ~", X12ErrorCode.InvalidSegmentId, 2, null },
        { Isa + "~gs*HB~", X12ErrorCode.InvalidSegmentId, 2, null },
        { Isa + "~GSXY*HB~", X12ErrorCode.InvalidSegmentId, 2, null },
        { Isa + "~~", X12ErrorCode.InvalidSegmentId, 2, null },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_input_is_an_error_naming_where(string text, X12ErrorCode code, int segment, int? element)
    {
        var error = Refused(text);
        Assert.Equal((code, segment, element), (error.Code, error.Segment, error.Element));
    }

    [Fact]
    public void Segments_cut_with_separators_the_ISA_did_not_choose_have_no_identifier()
    {
        var text = Corpus.Text(Default);
        var error = Refused(text[..106] + text[106..].Replace('*', '|'));
        Assert.Equal(new X12Error(X12ErrorCode.InvalidSegmentId, "", 2), error);
    }

    [Fact]
    public void A_truncated_file_names_the_segment_it_ends_in() =>
        Assert.Equal(new X12Error(X12ErrorCode.Unterminated, "EB", 30), Refused(Corpus.Text("truncated.x12")));
}
