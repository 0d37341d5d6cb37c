using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MassageCoverage.Web.Tests.Language;

/// <summary>
/// The resource files themselves (src/MassageCoverage.Web/Resources): every English word has its Spanish, with the
/// same values to fill in and the same markup, and no Spanish entry repeats its English one unless the English file
/// lists it as the same in both languages (a name, a code, a format).
/// </summary>
public partial class ResourceFilesTests
{
    public const string SameInBoth = "Same in both languages";

    public static TheoryData<string> Files => new(EnglishFiles());

    [Fact]
    public void There_are_resource_files_for_every_part_a_patient_reads() =>
        Assert.Superset(new HashSet<string>(["SiteStrings", "CheckStrings", "AnswerStrings", "MedicaidStrings", "AccountStrings",
            "RecordStrings", "MailStrings", "StateStrings", "CodeStrings"]), EnglishFiles().ToHashSet());

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_English_entry_has_its_Spanish_with_the_same_values_and_markup(string name)
    {
        var english = Read(Path.Combine(ResourcesFolder(), name + ".resx"));
        var spanish = Read(Path.Combine(ResourcesFolder(), name + ".es.resx"));

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), spanish.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, entry =>
        {
            var (key, (en, comment)) = (entry.Key, entry.Value);
            var es = spanish[key].Value;
            Assert.False(string.IsNullOrWhiteSpace(es), $"{name}.{key} has no Spanish");
            Assert.True(es != en || comment?.StartsWith(SameInBoth, StringComparison.Ordinal) == true,
                $"{name}.{key}: the Spanish repeats the English \"{en}\" but is not listed as the same in both languages");
            Assert.True(Holes(en).SetEquals(Holes(es)), $"{name}.{key}: the values to fill in differ");
            Assert.True(Tags(en).SequenceEqual(Tags(es)), $"{name}.{key}: the markup differs");
        });
    }

    [Fact]
    public void Words_listed_as_the_same_in_both_languages_are_names_codes_or_formats_only()
    {
        var same = Directory.GetFiles(ResourcesFolder(), "*.resx")
            .Where(f => Path.GetFileNameWithoutExtension(f).IndexOf('.', StringComparison.Ordinal) < 0)
            .SelectMany(f => Read(f).Where(e => e.Value.Comment?.StartsWith(SameInBoth, StringComparison.Ordinal) == true)
                .Select(e => $"{Path.GetFileNameWithoutExtension(f)}.{e.Key}"))
            .ToList();

        // A short list that a reviewer can read: growing it means a word was left in English on purpose.
        Assert.InRange(same.Count, 1, 60);
    }

    private static IEnumerable<string> EnglishFiles() => Directory.GetFiles(ResourcesFolder(), "*.resx")
        .Select(f => Path.GetFileNameWithoutExtension(f))
        .Where(f => f.IndexOf('.', StringComparison.Ordinal) < 0)
        .Order(StringComparer.Ordinal);

    private static Dictionary<string, (string Value, string? Comment)> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(
            d => (string)d.Attribute("name")!,
            d => ((string?)d.Element("value") ?? "", (string?)d.Element("comment")),
            StringComparer.Ordinal);

    private static HashSet<string> Holes(string text) => [.. HoleRegex().Matches(text).Select(m => m.Groups[1].Value)];

    private static IEnumerable<string> Tags(string text) => TagRegex().Matches(text).Select(m => m.Value);

    private static string ResourcesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "src", "MassageCoverage.Web", "Resources");
            if (Directory.Exists(folder))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("src/MassageCoverage.Web/Resources not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex HoleRegex();

    [GeneratedRegex(@"</?[a-z]+[^>]*>")]
    private static partial Regex TagRegex();
}
