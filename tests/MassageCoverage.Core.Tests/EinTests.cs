namespace MassageCoverage.Core.Tests;

public class EinTests
{
    [Theory]
    [InlineData("12-3456789", EinProblem.None)]
    [InlineData("01-0000001", EinProblem.None)]
    [InlineData("99-9999999", EinProblem.None)]
    [InlineData("31-1234567", EinProblem.None)] // the SBA's prefix
    [InlineData("00-1234567", EinProblem.Prefix)]
    [InlineData("07-1234567", EinProblem.Prefix)]
    [InlineData("49-1234567", EinProblem.Prefix)]
    [InlineData("97-1234567", EinProblem.Prefix)]
    [InlineData("123456789", EinProblem.Shape)] // a form normalises this one first
    [InlineData("123-45-6789", EinProblem.Shape)] // a Social Security number's shape
    [InlineData("12-345678", EinProblem.Shape)]
    [InlineData("1a-3456789", EinProblem.Shape)]
    [InlineData(" 12-3456789", EinProblem.Shape)]
    [InlineData("", EinProblem.Shape)]
    [InlineData(null, EinProblem.Shape)]
    public void Check_accepts_two_digits_a_hyphen_and_seven_digits_with_an_assigned_prefix(string? ein, EinProblem expected) =>
        Assert.Equal(expected, Ein.Check(ein));

    [Theory]
    [InlineData("123456789", "12-3456789")]
    [InlineData(" 12-3456789 ", "12-3456789")]
    [InlineData("12 3456789", "12 3456789")]
    public void Normalise_writes_nine_digits_as_the_IRS_does(string typed, string expected) =>
        Assert.Equal(expected, Ein.Normalise(typed));
}
