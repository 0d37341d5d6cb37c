using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Check;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Letters;

/// <summary>The two letters of medical necessity a patient prints from a referral (docs/letters.md).</summary>
public enum NecessityLetterKind
{
    /// <summary>For an insurer: what the prescriber states, and the parts only they can complete (section 1).</summary>
    Medical,

    /// <summary>For an HSA or FSA: adds what IRS Publication 502 asks of the expense (section 2).</summary>
    Hsa,
}

/// <summary>
/// What the patient chose on the letter page; <see cref="PatientName"/> and <see cref="BirthDate"/> are printed and
/// forgotten (docs/letters.md section 3), null for a blank line.
/// </summary>
/// <param name="Details">The referral's parts as the patient checked them, printed instead of the referral's own.</param>
public sealed record LetterChoices(
    string Language, string Service, LetterDetails Details, string? PatientName = null, DateOnly? BirthDate = null);

/// <summary>
/// The parts of a letter pre-filled from the referral that the patient may change before printing (docs/letters.md
/// section 1); a null part prints as a line to write on.
/// </summary>
/// <param name="DiagnosisWords">The words for each of the referral's diagnosis codes, by position.</param>
public sealed record LetterDetails(IReadOnlyList<string?> DiagnosisWords, string? BodyAreas, string? Frequency);

/// <summary>
/// Writes a letter of medical necessity pre-filled from one of the patient's referrals, in the language chosen for
/// it, with the parts only the prescriber can complete left blank and marked (docs/letters.md sections 1 and 2).
/// </summary>
public static class NecessityLetter
{
    /// <summary>The massage techniques a letter may name (docs/letters.md section 1).</summary>
    public static IReadOnlyList<string> Services { get; } = [CptCodes.Massage, CptCodes.ManualTherapy];

    private const int WritingLines = 3;

    /// <summary>The referral's parts as the letter prints them, diagnoses in words in the current language.</summary>
    public static LetterDetails Details(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return new([.. referral.DiagnosisCodes.Select(c => Known(c) is { } known ? CodeText.Describe(known) : null)],
            Text.OrNull(referral.BodyAreas), Text.OrNull(referral.FrequencyAndDuration));
    }

    public static LetterDocument Write(Referral referral, NecessityLetterKind kind, LetterChoices choices)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(choices);
        // Every word and date below is written in the letter's language, whatever the page's.
        return Languages.In(choices.Language, () => Build(referral, kind, choices));
    }

    private static LetterDocument Build(Referral referral, NecessityLetterKind kind, LetterChoices choices)
    {
        var hsa = kind == NecessityLetterKind.Hsa;
        List<LetterSection> sections =
        [
            new(null)
            {
                Paragraphs = [LetterStrings.Greeting],
                Fields =
                [
                    new(LetterStrings.PatientName, choices.PatientName),
                    new(LetterStrings.PatientBirthDate, choices.BirthDate is { } born ? Words.Date(born) : null),
                ],
            },
            new(null) { Paragraphs = [hsa ? LetterStrings.OpeningHsa : LetterStrings.OpeningMedical] },
            new(LetterStrings.DiagnosisHeading)
            {
                Fields = [.. referral.DiagnosisCodes.Select((code, i) => Diagnosis(code, choices.Details.DiagnosisWords.ElementAtOrDefault(i)))],
            },
            new(LetterStrings.TreatmentHeading)
            {
                Fields =
                [
                    new(LetterStrings.Treatment, choices.Service == CptCodes.ManualTherapy ? LetterStrings.ServiceManualTherapy : LetterStrings.ServiceMassage),
                    new(LetterStrings.CptCode, choices.Service),
                    new(LetterStrings.BodyAreas, choices.Details.BodyAreas),
                    new(LetterStrings.Frequency, choices.Details.Frequency),
                    new(LetterStrings.Visits, referral.VisitsPrescribed.ToString(Languages.Culture)),
                    new(LetterStrings.ReferralDate, Words.Date(referral.IssuedOn)),
                ],
            },
        ];

        if (hsa)
        {
            sections.Add(new(LetterStrings.HsaHeading)
            {
                Paragraphs = [LetterStrings.HsaCondition, LetterStrings.HsaTreats],
                Fields = [new(LetterStrings.HsaHowLong, choices.Details.Frequency), new(LetterStrings.HsaUntil, null)],
            });
        }

        sections.Add(new(LetterStrings.FillHeading, LetterSectionKind.Fill)
        {
            Fields =
            [
                new(LetterStrings.Limitations, null, WritingLines),
                new(LetterStrings.Goals, null, WritingLines),
                new(LetterStrings.TriedBefore, null, WritingLines),
            ],
        });
        sections.Add(new(LetterStrings.SignatureHeading, LetterSectionKind.Signature)
        {
            Fields =
            [
                new(LetterStrings.PrescriberName, referral.PrescriberName),
                new(LetterStrings.Npi, Text.OrNull(referral.PrescriberNpi)),
                new(LetterStrings.Licence, null),
                new(LetterStrings.LicenceState, null),
                new(LetterStrings.Signature, null),
                new(LetterStrings.SignedOn, null),
            ],
        });
        if (hsa)
        {
            sections.Add(new(null) { Paragraphs = [LetterStrings.HsaRule] });
        }

        return new(Languages.Current, hsa ? LetterStrings.TitleHsa : LetterStrings.TitleMedical, LetterStrings.Subtitle,
            sections, LetterStrings.Footnote, LetterStrings.Blank);
    }

    /// <summary>
    /// The code and the patient's words for it. Words left as the curated list has them, in either language, are
    /// written in the letter's: the form was filled in the page's language and the letter's may be the other one.
    /// </summary>
    private static LetterField Diagnosis(string code, string? words)
    {
        var known = Known(code);
        var written = Text.OrNull(words);
        if (known is not null && written is not null
            && (written == Languages.In(Languages.English, () => CodeText.Describe(known))
                || written == Languages.In(Languages.Spanish, () => CodeText.Describe(known))))
        {
            written = CodeText.Describe(known);
        }

        return new(IcdCode.Format(IcdCode.Normalise(code)), written);
    }

    private static IcdEntry? Known(string code)
    {
        var normal = IcdCode.Normalise(code);
        return IcdCatalog.All.FirstOrDefault(e => e.Code == normal);
    }
}
