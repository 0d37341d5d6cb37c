namespace MassageCoverage.Core.Coverage;

/// <summary>A curated ICD-10-CM code, normalised (M5450), with its description.</summary>
public sealed record IcdEntry(string Code, string Description)
{
    /// <summary>The code as patients read it: M54.50.</summary>
    public string Display => IcdCode.Format(Code);
}

/// <summary>The diagnoses commonly used for the medical necessity of massage (docs/domain.md section 2), for plain-words search.</summary>
public static class IcdCatalog
{
    public static IReadOnlyList<IcdEntry> All { get; } =
    [
        new("M542", "Cervicalgia (neck pain)"),
        new("M5440", "Lumbago (low back pain) with sciatica, unspecified side"),
        new("M5441", "Lumbago (low back pain) with sciatica, right side"),
        new("M5442", "Lumbago (low back pain) with sciatica, left side"),
        new("M5450", "Low back pain, unspecified"),
        new("M5451", "Vertebrogenic low back pain"),
        new("M5459", "Other low back pain"),
        new("M62830", "Muscle spasm of back"),
        new("M62838", "Other muscle spasm"),
        new("M7910", "Myalgia (muscle pain), unspecified site"),
        new("M7911", "Myalgia (muscle pain) of mastication muscle"),
        new("M7912", "Myalgia (muscle pain) of auxiliary muscles, head and neck"),
        new("M7918", "Myalgia (muscle pain), other site"),
        new("M797", "Fibromyalgia"),
        new("S134XXA", "Sprain of ligaments of cervical spine (whiplash), initial encounter"),
        new("S161XXA", "Strain of muscle, fascia and tendon at neck level, initial encounter"),
        new("S335XXA", "Sprain of ligaments of lumbar spine, initial encounter"),
    ];

    /// <summary>
    /// Entries where every word of <paramref name="words"/> is found in the description (ignoring case) or begins
    /// the code ("back spasm", "M54.5", "neck"); empty for a blank search.
    /// </summary>
    public static IReadOnlyList<IcdEntry> Search(string? words)
    {
        var terms = (words ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (terms.Length == 0)
        {
            return [];
        }

        return [.. All.Where(e => terms.All(t => Matches(e, t)))];
    }

    private static bool Matches(IcdEntry entry, string term) =>
        entry.Description.Contains(term, StringComparison.OrdinalIgnoreCase)
        || entry.Code.StartsWith(IcdCode.Normalise(term), StringComparison.Ordinal);
}
