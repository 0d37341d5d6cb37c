namespace MassageCoverage.Core.Coverage;

/// <summary>A curated ICD-10-CM code, normalised (M5450), with its description.</summary>
public sealed record IcdEntry(string Code, string Description)
{
    /// <summary>The code as patients read it: M54.50.</summary>
    public string Display => IcdCode.Format(Code);
}

/// <summary>
/// The diagnoses commonly used for the medical necessity of massage (docs/domain.md section 2), with ICD-10-CM's English
/// words; the web project words and searches them in the reader's language.
/// </summary>
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

}
