using System.Diagnostics.CodeAnalysis;
using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Tests.Eligibility;

public class X12EnvelopeTests
{
    private const string Default = "be-visit-limit.x12";

    private static bool TryRead(string text, [NotNullWhen(true)] out IReadOnlyList<X12Transaction>? transactions, [NotNullWhen(false)] out X12Error? error)
    {
        transactions = null;
        return X12Reader.TryRead(text, out var document, out error) && X12Envelope.TryRead(document, out transactions, out error);
    }

    private static IReadOnlyList<X12Transaction> Transactions(string text)
    {
        Assert.True(TryRead(text, out var transactions, out var error), error?.ToString());
        return transactions;
    }

    private static X12Error Refused(string text)
    {
        Assert.False(TryRead(text, out var transactions, out var error));
        Assert.Null(transactions);
        return error;
    }

    [Theory]
    // The default file: ISA 1, GS 2, ST 3 ... SE 32, GE 33, IEA 34.
    [InlineData("IEA*1*000000905~\r\n", "", X12ErrorCode.MissingSegment, "IEA", 34, null)]
    [InlineData("GE*1*905~\r\n", "", X12ErrorCode.MissingSegment, "GE", 33, null)]
    [InlineData("SE*30*0001~\r\n", "", X12ErrorCode.MissingSegment, "SE", 32, null)]
    [InlineData("IEA*1*000000905", "IEA*2*000000905", X12ErrorCode.CountMismatch, "IEA", 34, 1)]
    [InlineData("IEA*1*000000905", "IEA*1*000000906", X12ErrorCode.ControlNumberMismatch, "IEA", 34, 2)]
    [InlineData("IEA*1*000000905", "IEA*1", X12ErrorCode.MissingElement, "IEA", 34, 2)]
    [InlineData("GE*1*905", "GE*2*905", X12ErrorCode.CountMismatch, "GE", 33, 1)]
    [InlineData("GE*1*905", "GE*1*906", X12ErrorCode.ControlNumberMismatch, "GE", 33, 2)]
    [InlineData("SE*30*0001", "SE*3X*0001", X12ErrorCode.InvalidValue, "SE", 32, 1)]
    [InlineData("SE*30*0001", "SE*30*0002", X12ErrorCode.ControlNumberMismatch, "SE", 32, 2)]
    [InlineData("ST*271*0001", "ST*270*0001", X12ErrorCode.NotEligibilityResponse, "ST", 3, 1)]
    [InlineData("ST*271*0001", "ST**0001", X12ErrorCode.MissingElement, "ST", 3, 1)]
    [InlineData("*1200*905*X*", "*1200**X*", X12ErrorCode.MissingElement, "GS", 2, 6)]
    [InlineData("IEA*1*000000905~\r\n", "IEA*1*000000905~\r\nIEA*1*000000905~", X12ErrorCode.UnexpectedSegment, "IEA", 35, null)]
    [InlineData("GE*1*905~\r\n", "MSG*STRAY~\r\n", X12ErrorCode.UnexpectedSegment, "MSG", 33, null)]
    public void A_broken_envelope_is_an_error_naming_the_segment_and_element(
        string find, string replace, X12ErrorCode code, string segmentId, int segment, int? element)
    {
        var error = Refused(Corpus.Mutated(Default, find, replace));
        Assert.Equal((code, segmentId, segment, element), (error.Code, error.SegmentId, error.Segment, error.Element));
    }

    [Fact]
    public void A_segment_count_that_disagrees_says_what_it_states_and_what_was_counted() =>
        Assert.Equal(new X12Error(X12ErrorCode.CountMismatch, "SE", 20, 1, 19, 18), Refused(Corpus.Text("se-count-mismatch.x12")));

    [Theory]
    // ISA13 and GS06 are numbers: their trailers may write them without the zeros.
    [InlineData("IEA*1*000000905", "IEA*1*905")]
    [InlineData("GE*1*905", "GE*1*000000905")]
    public void Control_numbers_compare_as_numbers(string find, string replace) =>
        Assert.Single(Transactions(Corpus.Mutated(Default, find, replace)));

    [Fact]
    public void A_group_holds_every_transaction_it_counts()
    {
        var text = Corpus.Text(Default);
        var st = text.IndexOf("ST*271", StringComparison.Ordinal);
        var ge = text.IndexOf("GE*1", StringComparison.Ordinal);
        var second = text[st..ge].Replace("*0001", "*0002", StringComparison.Ordinal);
        var transactions = Transactions(text[..ge] + second + text[ge..].Replace("GE*1", "GE*2", StringComparison.Ordinal));
        Assert.Equal(["0001", "0002"], transactions.Select(t => t.ControlNumber));
        Assert.All(transactions, t => Assert.Equal(("ST", "SE", 30), (t.Segments[0].Id, t.Segments[^1].Id, t.Segments.Count)));
    }
}
