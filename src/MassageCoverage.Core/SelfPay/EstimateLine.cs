using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Core.SelfPay;

/// <summary>
/// One expected item of a Good Faith Estimate: the service, its diagnosis codes and its expected charge
/// [45 CFR 149.610(c); docs/domain.md section 5b]. <see cref="SessionPrice"/> is null when the clinic has set no price for
/// this service at this length; then <see cref="Charge"/> is null too, never a guess, and <see cref="PricedLengths"/>
/// says which lengths of the service the clinic has priced.
/// </summary>
public sealed record EstimateLine(
    CptCode Service,
    int? Minutes,
    int? UnitsPerSession,
    int Sessions,
    IReadOnlyList<string> DiagnosisCodes,
    decimal? SessionPrice,
    IReadOnlyList<int> PricedLengths)
{
    public decimal? Charge => SessionPrice * Sessions;

    public bool IsPriced => SessionPrice is not null;
}
