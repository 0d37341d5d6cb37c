using System.Globalization;
using FluentValidation;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.SelfPay;

namespace MassageCoverage.Web.Pages.Staff.Prices;

/// <summary>
/// A price as typed: a CPT code the app knows, the session's minutes for a timed code (none for an untimed one, charged
/// once a visit: docs/domain.md section 2) and dollars to the cent. <see cref="Version"/> is the row version the form
/// was opened with.
/// </summary>
public sealed class PriceForm
{
    public const int MinMinutes = TimedUnits.MinimumMinutes;
    public const int MaxMinutes = 480;

    public string? CptCode { get; set; } = CptCodes.Massage;
    public string? Minutes { get; set; }
    public string? Amount { get; set; }
    public uint Version { get; set; }

    public static PriceForm From(ClinicPrice price)
    {
        ArgumentNullException.ThrowIfNull(price);
        return new()
        {
            CptCode = price.CptCode,
            Minutes = price.Minutes?.ToString(CultureInfo.InvariantCulture),
            Amount = Money.Plain(price.Amount),
            Version = price.Version,
        };
    }

    /// <summary>The price this form gives, or null with each problem beside its field.</summary>
    public PriceInput? Read(FormErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.AddAll(new Validator().Validate(this))
            ? new(CptCodes.Find(CptCode)!.Code, Service(CptCode)!.Timed ? Number(Minutes) : null, Money.Parse(Amount)!.Value)
            : null;
    }

    private static CptCode? Service(string? code) => CptCodes.Find(code);

    private static int? Number(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private sealed class Validator : AbstractValidator<PriceForm>
    {
        public Validator()
        {
            RuleFor(x => x.CptCode).Must(c => Service(c) is not null)
                .WithMessage(x => $"Service code {x.CptCode?.Trim()} is not one the app knows: choose one of "
                    + string.Join(", ", CptCodes.All.Select(c => c.Code)) + ".");
            When(x => Service(x.CptCode) is { Timed: true }, () =>
                RuleFor(x => x.Minutes).Must(m => Number(m) is >= MinMinutes and <= MaxMinutes)
                    .WithMessage($"Session length must be a whole number of minutes from {MinMinutes} to {MaxMinutes}: this code is billed in 15-minute units."));
            When(x => Service(x.CptCode) is { Timed: false }, () =>
                RuleFor(x => x.Minutes).Must(string.IsNullOrWhiteSpace)
                    .WithMessage(x => $"Session length must be blank for {x.CptCode?.Trim()}: it is charged once a visit, not by the minute."));
            RuleFor(x => x.Amount).Must(a => Money.Parse(a) is > 0m and <= Money.Max)
                .WithMessage(string.Create(CultureInfo.InvariantCulture,
                    $"Price must be an amount in dollars above $0 and at most {Money.Max:$#,0}, to the cent, such as 95 or 95.50."));
        }
    }
}

/// <summary>The model of the _PriceFields partial, shared by the new and edit pages.</summary>
public sealed record PriceFields(PriceForm Form, FormErrors Errors);
