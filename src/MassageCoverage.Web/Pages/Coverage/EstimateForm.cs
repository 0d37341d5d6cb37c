using System.Globalization;
using FluentValidation;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.SelfPay;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Check;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Pages.Coverage;

/// <summary>
/// What the Good Faith Estimate form posts, as typed. <see cref="Name"/> and <see cref="BirthDate"/> are printed on the
/// estimate and nowhere else: never stored, logged or put in an address (docs/domain.md section 5b).
/// </summary>
public sealed class EstimateForm
{
    public const int MaxMinutes = 480;
    public const int MaxVisits = 52;

    public string? Name { get; set; }
    public string? BirthDate { get; set; }
    public string? Service { get; set; } = CptCodes.Massage;
    public string? Minutes { get; set; }
    public string? Visits { get; set; } = "1";
    public string? Diagnosis { get; set; }
    public string? ScheduledOn { get; set; }

    /// <summary>The service as the estimate prices it, or null with each problem beside its field.</summary>
    public EstimateItem? Read(FormErrors errors, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.AddAll(new Validator(today).Validate(this))
            ? new(CptCodes.Find(Service)!.Code, Timed(Service) ? Number(Minutes) : null, Number(Visits)!.Value,
                [.. Codes(Diagnosis).Select(c => IcdCode.Format(IcdCode.Normalise(c)))])
            : null;
    }

    // Methods, not properties: model validation reads every property of a bound form, valid or not.
    public DateOnly PatientBirthDate() => IsoDate.ParseTrimmed(BirthDate)!.Value;

    public DateOnly? Scheduled() => IsoDate.ParseTrimmed(ScheduledOn);

    private static bool Timed(string? code) => CptCodes.Find(code)?.Timed == true;

    private static string[] Codes(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static int? Number(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private sealed class Validator : AbstractValidator<EstimateForm>
    {
        public Validator(DateOnly today)
        {
            RuleFor(x => x.Name).Must(n => n?.Trim() is { Length: > 0 and <= 200 }).WithMessage(_ => SelfPayStrings.ErrorName);
            RuleFor(x => x.BirthDate).Must(d => IsoDate.ParseTrimmed(d) is { } date && date < today && date.Year > 1900)
                .WithMessage(_ => SelfPayStrings.ErrorBirthDate);
            RuleFor(x => x.Service).Must(c => CptCodes.Find(c) is not null).WithMessage(_ => SelfPayStrings.ErrorService);
            When(x => Timed(x.Service), () => RuleFor(x => x.Minutes)
                .Must(m => Number(m) is >= TimedUnits.MinimumMinutes and <= MaxMinutes).WithMessage(_ => SelfPayStrings.ErrorMinutes));
            When(x => CptCodes.Find(x.Service) is { Timed: false }, () => RuleFor(x => x.Minutes).Must(string.IsNullOrWhiteSpace)
                .WithMessage(x => Words.Format(SelfPayStrings.ErrorMinutesUntimed, CodeText.Service(x.Service!))));
            RuleFor(x => x.Visits).Must(v => Number(v) is >= 1 and <= MaxVisits).WithMessage(_ => SelfPayStrings.ErrorVisits);
            RuleFor(x => x.Diagnosis).Must(d => d is null || d.Length <= 200).WithMessage(_ => SelfPayStrings.ErrorDiagnosisLong)
                .Custom((list, context) =>
                {
                    foreach (var code in Codes(list))
                    {
                        if (!IcdCode.TryParse(code, out _, out var error))
                        {
                            context.AddFailure(IcdText.Naming(error));
                            return;
                        }
                    }
                });
            RuleFor(x => x.ScheduledOn).Must(d => string.IsNullOrWhiteSpace(d) || IsoDate.ParseTrimmed(d) >= today)
                .WithMessage(_ => SelfPayStrings.ErrorScheduled);
        }
    }
}
