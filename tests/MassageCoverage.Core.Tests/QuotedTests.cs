using MassageCoverage.Core;

namespace MassageCoverage.Core.Tests;

public class QuotedTests
{
    [Theory]
    [InlineData(null, "''")]
    [InlineData("  ZZ ", "'ZZ'")]
    [InlineData("Z\r\nSet-Cookie:x", "'ZSet-Cookie:x'")]
    [InlineData("a\0b\tc", "'abc'")]
    [InlineData("\u202Egnp.exe", "'gnp.exe'")]
    [InlineData("<mcx1 onmouseover=alert(1)>", "'<mcx1 onmouseover=alert(1)>'")]
    public void Of_trims_and_drops_control_characters(string? input, string expected) =>
        Assert.Equal(expected, Quoted.Of(input));

    [Fact]
    public void A_long_value_is_cut_to_64_characters_with_an_ellipsis()
    {
        var text = Quoted.Text(new string('x', 10_000));

        Assert.Equal(Quoted.MaxLength, text.Length);
        Assert.EndsWith("x\u2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var text = Quoted.Text(string.Concat(Enumerable.Repeat("\U0001F600", 100)));

        Assert.True(text.Length <= Quoted.MaxLength);
        Assert.False(char.IsHighSurrogate(text[^2]));
    }
}
