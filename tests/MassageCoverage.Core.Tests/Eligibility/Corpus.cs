using MassageCoverage.Core.Eligibility;

namespace MassageCoverage.Core.Tests.Eligibility;

/// <summary>
/// The synthetic 271 files in Corpus/ (invented names and ids; docs/x12-271.md): copied beside the tests as they are,
/// CR LF included, so a test reads what a payer could send.
/// </summary>
internal static class Corpus
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Eligibility", "Corpus", name));

    /// <summary>The file with <paramref name="find"/> replaced, which must be there: a mutation that misses is a broken test.</summary>
    public static string Mutated(string name, string find, string replace)
    {
        var text = Text(name);
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    public static EligibilityResponse Parse(string name) => ParseText(Text(name));

    public static EligibilityResponse ParseText(string text)
    {
        Assert.True(Eligibility271.TryParse(text, out var response, out var error), error?.ToString());
        return response;
    }
}
