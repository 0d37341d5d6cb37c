using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Core.Tests.Coverage;

public class IcdCodeTests
{
    [Theory]
    [InlineData("M54.50", "M5450")]
    [InlineData("m5450", "M5450")]
    [InlineData(" M62.830 ", "M62830")]
    [InlineData("S13.4XXA", "S134XXA")]
    [InlineData("s134xxa", "S134XXA")]
    [InlineData("M79.7", "M797")]
    [InlineData("M54.2", "M542")]
    [InlineData("M54", "M54")]
    public void Valid_code_is_accepted_and_normalised(string input, string normalised)
    {
        Assert.True(IcdCode.TryParse(input, out var code, out var error));
        Assert.Equal(normalised, code);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("M54.5")]
    [InlineData("m54.5")]
    [InlineData("M545")]
    public void M54_5_is_refused_naming_its_successors(string input)
    {
        Assert.False(IcdCode.TryParse(input, out var code, out var error));
        Assert.Equal("", code);
        Assert.Equal(new IcdProblem(IcdError.Deleted, input, error!.Deletion), error);
        Assert.Equal(("M545", new DateOnly(2021, 10, 1)), (error.Deletion!.Code, error.Deletion.On));
        Assert.Equal(["M54.50", "M54.51", "M54.59"], error.Deletion.Successors);
    }

    [Theory]
    [InlineData("", IcdError.Empty)]
    [InlineData("   ", IcdError.Empty)]
    [InlineData(null, IcdError.Empty)]
    [InlineData("54.50", IcdError.MisplacedDot)]
    [InlineData("5M4.50", IcdError.BadShape)]
    [InlineData("MM4.50", IcdError.BadShape)]
    [InlineData("M5", IcdError.BadShape)]
    [InlineData("M5.450", IcdError.MisplacedDot)]
    [InlineData("M545.0", IcdError.MisplacedDot)]
    [InlineData("M54..50", IcdError.MisplacedDot)]
    [InlineData("M54.", IcdError.MisplacedDot)]
    [InlineData(".M5450", IcdError.MisplacedDot)]
    [InlineData("M54.50.1", IcdError.MisplacedDot)]
    [InlineData("M54.50123", IcdError.BadShape)]
    [InlineData("M-5450", IcdError.BadShape)]
    [InlineData("M54 50", IcdError.BadShape)]
    [InlineData("M54.5é", IcdError.BadShape)]
    public void Code_of_invalid_shape_is_refused_with_its_error(string? input, IcdError expected)
    {
        Assert.False(IcdCode.TryParse(input, out var code, out var error));
        Assert.Equal("", code);
        Assert.Equal(new IcdProblem(expected, input), error);
    }

    [Theory]
    [InlineData("M", "M")]
    [InlineData("m54", "M54")]
    [InlineData("M62.83", "M6283")]
    [InlineData("M54.5", "M545")]
    [InlineData("S13.4XXA", "S134XXA")]
    public void Valid_prefix_is_accepted_and_normalised(string input, string normalised)
    {
        Assert.True(IcdCode.TryParsePrefix(input, out var prefix, out var error));
        Assert.Equal(normalised, prefix);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("MX")]
    [InlineData("M5.4")]
    [InlineData("S13.4XXAB")]
    [InlineData("M54*")]
    public void Invalid_prefix_is_refused(string input)
    {
        Assert.False(IcdCode.TryParsePrefix(input, out _, out var error));
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("M5450", "M54.50")]
    [InlineData("S134XXA", "S13.4XXA")]
    [InlineData("M54", "M54")]
    [InlineData("M", "M")]
    public void Format_puts_the_dot_after_the_third_character(string normalised, string display) =>
        Assert.Equal(display, IcdCode.Format(normalised));
}
