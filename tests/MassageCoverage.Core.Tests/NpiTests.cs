namespace MassageCoverage.Core.Tests;

public class NpiTests
{
    [Theory]
    [InlineData("1234567893")] // the example in the CMS check-digit standard
    [InlineData("1245319599")]
    [InlineData("1000000004")]
    public void IsValid_accepts_ten_digits_with_the_right_check_digit(string npi) => Assert.True(Npi.IsValid(npi));

    [Theory]
    [InlineData("1234567890")] // wrong check digit
    [InlineData("1234567894")]
    [InlineData("123456789")] // nine digits
    [InlineData("12345678930")] // eleven digits
    [InlineData("12345678a3")]
    [InlineData(" 1234567893")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_refuses_a_wrong_check_digit_length_or_character(string? npi) => Assert.False(Npi.IsValid(npi));
}
