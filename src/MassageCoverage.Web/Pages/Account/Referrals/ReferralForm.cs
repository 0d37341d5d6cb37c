using System.Globalization;
using FluentValidation;
using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Catalog;

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
            RuleFor(x => x.PrescriberName).NotEmpty().WithMessage("Enter the name of the person who wrote the referral.")
                .MaximumLength(200).WithMessage("Enter a prescriber's name of at most 200 characters.");
            RuleFor(x => x.PrescriberNpi).NotEmpty().WithMessage("Enter the prescriber's NPI, the 10-digit number on the referral.")
                .Must(n => n!.Trim().Length == 10 && n.Trim().All(char.IsAsciiDigit)).WithMessage("An NPI is exactly 10 digits.")
                .Must(n => Npi.IsValid(n!.Trim())).WithMessage("This NPI's last digit does not match the others: check it for a typo.");
            RuleFor(x => x.IssuedOn).Must(d => IsoDate.ParseTrimmed(d) is not null).WithMessage("Enter the date the referral was written, like 2026-03-15.")
                .Must(d => IsoDate.ParseTrimmed(d) <= today).WithMessage("The date issued cannot be in the future.");
            RuleFor(x => x.DiagnosisCodes).NotEmpty().WithMessage("Enter at least one diagnosis code from the referral, like M54.50.")
                .MaximumLength(200).WithMessage("Enter diagnosis codes of at most 200 characters in all.")
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
            RuleFor(x => x.BodyAreas).MaximumLength(500).WithMessage("Enter body areas of at most 500 characters.");
            RuleFor(x => x.FrequencyAndDuration).MaximumLength(200).WithMessage("Enter frequency and duration of at most 200 characters.");
            RuleFor(x => x.VisitsPrescribed).Must(v => Number(v) is >= 1 and <= 365).WithMessage("Enter the number of visits prescribed, from 1 to 365.");
            RuleFor(x => x.VisitsUsed).Must(v => Text.OrNull(v) is null || Number(v) is >= 0).WithMessage("Enter the visits used so far, 0 or more.")
                .Must((f, v) => Number(f.VisitsPrescribed) is not { } p || (Number(v) ?? 0) <= p)
                .WithMessage("Visits used cannot be more than the visits prescribed.");
            RuleFor(x => x.ExpiresOn).Must(d => IsoDate.ParseTrimmed(d) is not null).WithMessage("Enter the date the referral expires, like 2026-09-15.")
                .Must((f, d) => IsoDate.ParseTrimmed(f.IssuedOn) is not { } issued || IsoDate.ParseTrimmed(d) > issued)
                .WithMessage("The expiry date must be after the date issued.");
        }

        private static int? Number(string? value) =>
            int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}

/// <summary>The model of the _ReferralFields partial, shared by the new and edit pages.</summary>
public sealed record ReferralFields(ReferralForm Form, FormErrors Errors);
