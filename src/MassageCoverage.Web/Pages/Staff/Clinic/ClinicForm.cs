using System.Globalization;
using FluentValidation;
using MassageCoverage.Core;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.SelfPay;

namespace MassageCoverage.Web.Pages.Staff.Clinic;

/// <summary>
/// The clinic's details as typed: the provider's name is needed, every other detail may wait (an estimate then says it
/// is not set). <see cref="Version"/> is the row version the form was opened with, 0 before the first save.
/// </summary>
public sealed class ClinicForm
{
    public string? ProviderName { get; set; }
    public string? Npi { get; set; }
    public string? Tin { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    public string? Phone { get; set; }
    public uint Version { get; set; }

    public static ClinicForm From(ClinicSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new()
        {
            ProviderName = s.ProviderName, Npi = s.Npi, Tin = s.Tin, AddressLine1 = s.AddressLine1, AddressLine2 = s.AddressLine2,
            City = s.City, State = s.State, PostalCode = s.PostalCode, Phone = s.Phone, Version = s.Version,
        };
    }

    /// <summary>The details this form gives, or null with each problem beside its field.</summary>
    public ClinicDetails? Read(FormErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.AddAll(new Validator().Validate(this))
            ? new(ProviderName!.Trim(), Blank(Npi), Blank(Tin) is { } tin ? Ein.Normalise(tin) : null, Blank(AddressLine1),
                Blank(AddressLine2), Blank(City), Blank(State)?.ToUpperInvariant(), Blank(PostalCode), Blank(Phone))
            : null;
    }

    /// <summary>The fields as the conflict table lists them: name, label, value.</summary>
    public IEnumerable<(string Field, string Label, string? Value)> Fields() =>
    [
        ("ProviderName", "Provider or clinic name", ProviderName), ("Npi", "NPI", Npi), ("Tin", "TIN (EIN)", Tin),
        ("AddressLine1", "Address", AddressLine1), ("AddressLine2", "Address line 2", AddressLine2), ("City", "City", City),
        ("State", "State", State), ("PostalCode", "ZIP code", PostalCode), ("Phone", "Phone", Phone),
    ];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed class Validator : AbstractValidator<ClinicForm>
    {
        public Validator()
        {
            RuleFor(x => x.ProviderName).Must(n => Blank(n) is { Length: <= 200 })
                .WithMessage("Enter the provider or clinic name, at most 200 characters: every estimate names it.");
            RuleFor(x => x.Npi).Must(n => Blank(n) is null || Core.Npi.IsValid(Blank(n)))
                .WithMessage("NPI must be the clinic's 10-digit National Provider Identifier, such as 1234567893 (its last digit is a check digit).");
            RuleFor(x => x.Tin).Must(t => Blank(t) is not { } tin || Ein.Check(Ein.Normalise(tin)) == EinProblem.None)
                .WithMessage(x => Ein.Check(Ein.Normalise(Blank(x.Tin) ?? "")) == EinProblem.Prefix
                    ? "TIN must be an EIN the IRS gives: its first two digits are not a prefix the IRS uses. Check it against the IRS letter."
                    : "TIN must be the clinic's EIN: 9 digits, written 12-3456789.");
            RuleFor(x => x.AddressLine1).Must(a => Blank(a) is null or { Length: <= 200 }).WithMessage("Address must be at most 200 characters.");
            RuleFor(x => x.AddressLine2).Must(a => Blank(a) is null or { Length: <= 200 }).WithMessage("Address line 2 must be at most 200 characters.");
            RuleFor(x => x.City).Must(a => Blank(a) is null or { Length: <= 100 }).WithMessage("City must be at most 100 characters.");
            RuleFor(x => x.State).Must(s => Blank(s) is null || UsStates.Find(Blank(s)) is not null)
                .WithMessage("State must be the two-letter code of a US state or DC, such as NY.");
            RuleFor(x => x.PostalCode).Must(p => Blank(p) is null || IsZip(Blank(p)!))
                .WithMessage("ZIP code must be 5 digits, or 5 digits, a hyphen and 4 more (12345-6789).");
            RuleFor(x => x.Phone).Must(p => Blank(p) is null || IsPhone(Blank(p)!))
                .WithMessage("Phone must be a US number of 10 digits, such as 555-123-4567.");
        }

        private static bool IsZip(string zip) =>
            (zip.Length == 5 && zip.All(char.IsAsciiDigit))
            || (zip.Length == 10 && zip[5] == '-' && zip.Remove(5, 1).All(char.IsAsciiDigit));

        // Digits with the usual separators; 10 digits, or 11 starting with the country code 1.
        private static bool IsPhone(string phone)
        {
            if (phone.Length > 20 || phone.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '-' or '(' or ')' or '.' or '+')))
            {
                return false;
            }

            var digits = phone.Count(char.IsAsciiDigit);
            return digits == 10 || (digits == 11 && phone.TrimStart('+', ' ', '(')[0] == '1');
        }
    }
}
