using MassageCoverage.Core;

namespace MassageCoverage.Core.Tests;

public class UsStatesTests
{
    [Fact]
    public void All_holds_the_50_states_and_DC_once_each()
    {
        Assert.Equal(51, UsStates.All.Count);
        Assert.Equal(51, UsStates.All.Select(s => s.Code).Distinct().Count());
        Assert.Contains(UsStates.All, s => s.Code == "DC");
        Assert.All(UsStates.All, s => Assert.Matches("^[A-Z]{2}$", s.Code));
    }

    [Theory]
    [InlineData("co", "Colorado")]
    [InlineData(" OR ", "Oregon")]
    [InlineData("dc", "District of Columbia")]
    public void Find_ignores_case_and_surrounding_space(string code, string name) =>
        Assert.Equal(name, UsStates.Find(code)?.Name);

    [Theory]
    [InlineData("PR")]
    [InlineData("XX")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_refuses_codes_outside_the_51(string? code) => Assert.Null(UsStates.Find(code));
}
