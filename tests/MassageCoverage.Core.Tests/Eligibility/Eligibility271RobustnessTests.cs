using CsCheck;
using MassageCoverage.Core.Eligibility;

namespace MassageCoverage.Core.Tests.Eligibility;

/// <summary>Whatever is uploaded, reading it gives a response or an error: never an exception.</summary>
public class Eligibility271RobustnessTests
{
    private static readonly string[] _readable =
    [
        "be-visit-limit.x12", "plan-only-30.x12", "rejected-subscriber-not-found.x12", "rejected-payer-unavailable.x12",
        "be-non-covered.x12", "pipe-separators.x12", "hsd-visit-limit.x12", "ls-le-2120.x12",
    ];

    /// <summary>Reads <paramref name="text"/>: true or false with exactly one of response and error, whatever happens.</summary>
    private static bool Reads(string text)
    {
        var read = Eligibility271.TryParse(text, out var response, out var error);
        Assert.Equal(read, response is not null);
        Assert.Equal(read, error is null);
        Assert.True(read || error!.Segment >= 1);
        return read;
    }

    [Fact]
    public void Every_corpus_file_but_the_broken_ones_reads() =>
        Assert.All(_readable, name => Assert.True(Reads(Corpus.Text(name)), name));

    [Fact]
    public void A_file_cut_anywhere_before_its_last_terminator_is_an_error()
    {
        foreach (var name in _readable)
        {
            var text = Corpus.Text(name);
            var end = text.TrimEnd('\r', '\n').Length - 1;
            for (var length = 0; length < end; length++)
            {
                Assert.False(Reads(text[..length]));
            }
        }
    }

    [Fact]
    public void A_file_missing_any_one_character_never_throws()
    {
        var text = Corpus.Text("ls-le-2120.x12");
        for (var i = 0; i < text.Length; i++)
        {
            Reads(text.Remove(i, 1));
        }
    }

    [Fact]
    public void A_file_with_characters_changed_at_random_never_throws()
    {
        var text = Corpus.Text("be-visit-limit.x12");
        Gen.Select(Gen.Int[0, text.Length - 1].Array[1, 8], Gen.Char['\0', '\u007f'].Array[8]).Sample((at, with) =>
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < at.Length; i++)
            {
                chars[at[i]] = with[i];
            }

            Reads(new string(chars));
        }, iter: 3_000);
    }

    [Fact]
    public void Garbage_after_a_valid_header_never_throws()
    {
        var isa = Corpus.Text("be-visit-limit.x12")[..106];
        Gen.String.Sample(garbage =>
        {
            Assert.False(Reads(garbage));
            Assert.False(Reads(isa + garbage));
        }, iter: 3_000);
    }
}
