namespace MassageCoverage.Web.Features.Letters;

/// <summary>
/// A letter ready to print, every word already written in <see cref="Language"/> ("en" or "es"), which may differ from
/// the page's: a patient reading Spanish may print a letter in English for an insurer. The shared _Letter partial
/// renders any letter (a letter of medical necessity, an appeal) inside the _LetterLayout print layout.
/// </summary>
/// <param name="Blank">What a screen reader says on an empty line left for a pen.</param>
public sealed record LetterDocument(
    string Language, string Title, string? Subtitle, IReadOnlyList<LetterSection> Sections, string? Footnote, string Blank);

/// <summary>How a section looks: part of the letter, a part its signer completes, or the signature block.</summary>
public enum LetterSectionKind
{
    Body,

    /// <summary>Marked as the signer's to complete (a dashed frame), never split across two sheets.</summary>
    Fill,

    /// <summary>Marked like <see cref="Fill"/>, with room to sign by hand.</summary>
    Signature,
}

/// <summary>A section: its heading, then its paragraphs, then its labelled fields.</summary>
public sealed record LetterSection(string? Heading, LetterSectionKind Kind = LetterSectionKind.Body)
{
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    public IReadOnlyList<LetterField> Fields { get; init; } = [];
}

/// <summary>A labelled value; without a value it prints as <paramref name="Lines"/> blank lines to write on.</summary>
public sealed record LetterField(string Label, string? Value, int Lines = 1);
