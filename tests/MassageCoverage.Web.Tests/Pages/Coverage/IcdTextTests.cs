using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

/// <summary>Every ICD error the engine returns has its English words, quoting what was typed.</summary>
public class IcdTextTests
{
    [Theory]
    [InlineData(" ", "Enter an ICD-10-CM code, such as M54.50.")]
    [InlineData("M5.450", "'M5.450' is not an ICD-10-CM code: a dot may only follow the third character, as in M54.50.")]
    [InlineData("54M.50", "'54M.50' is not an ICD-10-CM code: it starts with a letter and a digit, then has 1 to 5 letters or digits, as in M54.50 or S13.4XXA.")]
    [InlineData("m54.5", "M54.5 was deleted on 2021-10-01; use M54.50, M54.51 or M54.59 instead.")]
    public void Each_error_has_its_words(string input, string message)
    {
        Assert.False(IcdCode.TryParse(input, out _, out var problem));
        Assert.Equal(message, IcdText.Message(problem));
    }

    [Theory]
    [InlineData("m54.5", "'m54.5': M54.5 was deleted on 2021-10-01; use M54.50, M54.51 or M54.59 instead.")]
    [InlineData("M5.450", "'M5.450' is not an ICD-10-CM code: a dot may only follow the third character, as in M54.50.")]
    public void In_a_list_the_message_names_the_code_once(string input, string message)
    {
        Assert.False(IcdCode.TryParse(input, out _, out var problem));
        Assert.Equal(message, IcdText.Naming(problem));
    }
}
