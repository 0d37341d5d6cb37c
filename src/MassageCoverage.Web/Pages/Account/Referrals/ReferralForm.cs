using System.Globalization;
using FluentValidation;
using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Pages.Account.Referrals;

/// <summary>
/// What the referral form posts: every value as typed (strings), so a mistake comes back beside its field and
/// nothing else is lost. <see cref="Version"/> is the row version the patient opened, for the concurrency check.
/// </summary>
public sealed class ReferralForm
{
    public string? PrescriberName { get; set; }
    public string? PrescriberNpi { get; set; }
    public string? IssuedOn { get; set; }
    public string? DiagnosisCodes { get; set; }
    public string? BodyAreas { get; set; }
    public string? FrequencyAndDuration { get; set; }
    public string? VisitsPrescribed { get; set; }
    public string? VisitsUsed { get; set; }
    public string? ExpiresOn { get; set; }
    public uint Version { get; set; }

    public static ReferralForm From(Referral r) => new()
    {
        PrescriberName = r.PrescriberName,
        PrescriberNpi = r.PrescriberNpi,
        IssuedOn = IsoDate.Format(r.IssuedOn),
        DiagnosisCodes = string.Join(", ", r.DiagnosisCodes),
        BodyAreas = r.BodyAreas,
        FrequencyAndDuration = r.FrequencyAndDuration,
        VisitsPrescribed = r.VisitsPrescribed.ToString(CultureInfo.InvariantCulture),
        VisitsUsed = r.VisitsUsed.ToString(CultureInfo.InvariantCulture),
        ExpiresOn = IsoDate.Format(r.ExpiresOn),
        Version = r.Version,
    };

    /// <summary>Copies a form that passed <see cref="Validator"/> onto the entity.</summary>
    public void ApplyTo(Referral r)
    {
        r.PrescriberName = PrescriberName!.Trim();
        r.PrescriberNpi = PrescriberNpi!.Trim();
        r.IssuedOn = IsoDate.ParseTrimmed(IssuedOn)!.Value;
        r.DiagnosisCodes = Codes(DiagnosisCodes).Select(c => IcdCode.Format(IcdCode.Normalise(c))).ToList();
        r.BodyAreas = Text.OrNull(BodyAreas);
        r.FrequencyAndDuration = Text.OrNull(FrequencyAndDuration);
        r.VisitsPrescribed = int.Parse(VisitsPrescribed!, CultureInfo.InvariantCulture);
        r.VisitsUsed = Text.OrNull(VisitsUsed) is null ? 0 : int.Parse(VisitsUsed!, CultureInfo.InvariantCulture);
        r.ExpiresOn = IsoDate.ParseTrimmed(ExpiresOn)!.Value;
    }

    private static string[] Codes(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public sealed class Validator : AbstractValidator<ReferralForm>
    {
        public Validator(DateOnly today)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(x => x.PrescriberName).NotEmpty().WithMessage(_ => RecordStrings.ErrorPrescriberName)
                .MaximumLength(200).WithMessage(_ => RecordStrings.ErrorPrescriberNameLong);
            RuleFor(x => x.PrescriberNpi).NotEmpty().WithMessage(_ => RecordStrings.ErrorNpiMissing)
                .Must(n => n!.Trim().Length == 10 && n.Trim().All(char.IsAsciiDigit)).WithMessage(_ => RecordStrings.ErrorNpiShape)
                .Must(n => Npi.IsValid(n!.Trim())).WithMessage(_ => RecordStrings.ErrorNpiCheck);
            RuleFor(x => x.IssuedOn).Must(d => IsoDate.ParseTrimmed(d) is not null).WithMessage(_ => RecordStrings.ErrorIssuedOn)
                .Must(d => IsoDate.ParseTrimmed(d) <= today).WithMessage(_ => RecordStrings.ErrorIssuedFuture);
            RuleFor(x => x.DiagnosisCodes).NotEmpty().WithMessage(_ => RecordStrings.ErrorDiagnosisMissing)
                .MaximumLength(200).WithMessage(_ => RecordStrings.ErrorDiagnosisLong)
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
            RuleFor(x => x.BodyAreas).MaximumLength(500).WithMessage(_ => RecordStrings.ErrorBodyAreasLong);
            RuleFor(x => x.FrequencyAndDuration).MaximumLength(200).WithMessage(_ => RecordStrings.ErrorFrequencyLong);
            RuleFor(x => x.VisitsPrescribed).Must(v => Number(v) is >= 1 and <= 365).WithMessage(_ => RecordStrings.ErrorVisitsPrescribed);
            RuleFor(x => x.VisitsUsed).Must(v => Text.OrNull(v) is null || Number(v) is >= 0).WithMessage(_ => RecordStrings.ErrorVisitsUsed)
                .Must((f, v) => Number(f.VisitsPrescribed) is not { } p || (Number(v) ?? 0) <= p)
                .WithMessage(_ => RecordStrings.ErrorVisitsUsedMore);
            RuleFor(x => x.ExpiresOn).Must(d => IsoDate.ParseTrimmed(d) is not null).WithMessage(_ => RecordStrings.ErrorExpiresOn)
                .Must((f, d) => IsoDate.ParseTrimmed(f.IssuedOn) is not { } issued || IsoDate.ParseTrimmed(d) > issued)
                .WithMessage(_ => RecordStrings.ErrorExpiresBefore);
        }

        private static int? Number(string? value) =>
            int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}

/// <summary>The model of the _ReferralFields partial, shared by the new and edit pages.</summary>
public sealed record ReferralFields(ReferralForm Form, FormErrors Errors);
