namespace MassageCoverage.Core.SelfPay;

/// <summary>
/// The patient-provider dispute resolution a self-pay patient may start when a provider's bill is well above its Good
/// Faith Estimate [45 CFR 149.620; docs/domain.md section 5b].
/// </summary>
public static class DisputeRights
{
    /// <summary>"Substantially in excess": a provider's total bill at least this many dollars above its estimate [45 CFR 149.620(a)(2)].</summary>
    public const decimal MinimumExcess = 400m;

    /// <summary>The calendar days from the first bill within which the dispute must be started [45 CFR 149.620(c)].</summary>
    public const int DaysFromBill = 120;

    /// <summary>Whether a bill from one provider may be disputed against that provider's estimated total.</summary>
    public static bool MayDispute(decimal estimatedTotal, decimal billedTotal) => billedTotal - estimatedTotal >= MinimumExcess;
}
