using FluentValidation;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Features.Letters;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Pages.Account.Referrals;

/// <summary>
/// What the letter page posts: the patient's name and date of birth, printed and never stored or logged
/// (docs/letters.md section 3), the letter's language, the service it names and the referral's parts as the patient
/// checked them (never saved back to the referral: the referral stays what the prescriber wrote).
/// </summary>
public sealed class LetterForm
{
    private const int NameLength = 100;

    // The referral form's own limits (ReferralForm), so a referral's words always fit.
    private const int DiagnosisLength = 200;
    private const int BodyAreasLength = 500;
    private const int FrequencyLength = 200;

    public string? PatientName { get; set; }
    public string? BirthDate { get; set; }
    public string? Language { get; set; }
    public string? Service { get; set; }

    /// <summary>The words for each of the referral's diagnosis codes, in the codes' order.</summary>
    public List<string?> Diagnoses { get; set; } = [];

    public string? BodyAreas { get; set; }
    public string? Frequency { get; set; }

    /// <summary>The page's language, massage and the referral's parts, no name: the page before anything is posted.</summary>
    public static LetterForm Defaults(Referral referral)
    {
        var details = NecessityLetter.Details(referral);
        return new()
        {
            Language = Languages.Current, Service = CptCodes.Massage,
            Diagnoses = [.. details.DiagnosisWords], BodyAreas = details.BodyAreas, Frequency = details.Frequency,
        };
    }

    /// <summary>The choices of a form that passed <see cref="Validator"/>.</summary>
    public LetterChoices ToChoices() =>
        new(Language!, Service!, new([.. Diagnoses.Select(Text.OrNull)], Text.OrNull(BodyAreas), Text.OrNull(Frequency)),
            Text.OrNull(PatientName), IsoDate.ParseTrimmed(BirthDate));

    public sealed class Validator : AbstractValidator<LetterForm>
    {
        public Validator(DateOnly today)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(x => x.PatientName).Must(n => (Text.OrNull(n)?.Length ?? 0) <= NameLength).WithMessage(_ => LetterStrings.ErrorName);
            RuleFor(x => x.BirthDate).Must(d => Text.OrNull(d) is null || IsoDate.ParseTrimmed(d) is not null).WithMessage(_ => LetterStrings.ErrorBirthDate)
                .Must(d => IsoDate.ParseTrimmed(d) is not { } born || born <= today).WithMessage(_ => LetterStrings.ErrorBirthFuture)
                .Must(d => IsoDate.ParseTrimmed(d) is not { } born || born.Year > 1900).WithMessage(_ => LetterStrings.ErrorBirthPast);
            RuleFor(x => x.Diagnoses).Must(all => all.TrueForAll(d => (Text.OrNull(d)?.Length ?? 0) <= DiagnosisLength))
                .WithMessage(_ => LetterStrings.ErrorDiagnosisWords);
            RuleFor(x => x.BodyAreas).Must(b => (Text.OrNull(b)?.Length ?? 0) <= BodyAreasLength).WithMessage(_ => LetterStrings.ErrorBodyAreas);
            RuleFor(x => x.Frequency).Must(f => (Text.OrNull(f)?.Length ?? 0) <= FrequencyLength).WithMessage(_ => LetterStrings.ErrorFrequency);
            RuleFor(x => x.Language).Must(l => l is Languages.English or Languages.Spanish).WithMessage(_ => LetterStrings.ErrorLanguage);
            RuleFor(x => x.Service).Must(s => s is not null && NecessityLetter.Services.Contains(s)).WithMessage(_ => LetterStrings.ErrorService);
        }
    }
}
