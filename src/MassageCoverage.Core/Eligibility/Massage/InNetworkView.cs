namespace MassageCoverage.Core.Eligibility.Massage;

/// <summary>
/// The one value a patient seeing an in-network provider would be told: from lines marked in network (EB12 Y), else
/// from lines that make no network distinction (EB12 absent or W). Out-of-network and unknown-network lines never give
/// it, and lines that disagree give none: an unknown stays unknown.
/// </summary>
internal static class InNetworkView
{
    /// <summary>
    /// Whether a line can give an in-network value: a line about out-of-network or an unknown network that cannot be
    /// read leaves no in-network term unclear.
    /// </summary>
    public static bool CanGive(Benefit line) => line.Network is not (NetworkIndicator.OutOfNetwork or NetworkIndicator.Unknown);

    public static bool TryPick<T>(IReadOnlyList<BenefitValue<T>> values, out T? value, out bool conflicting)
    {
        var inNetwork = values.Where(v => v.Network == NetworkIndicator.InNetwork).ToList();
        var chosen = inNetwork.Count > 0
            ? inNetwork
            : [.. values.Where(v => v.Network is NetworkIndicator.NotStated or NetworkIndicator.NotApplicable)];
        var distinct = chosen.Select(v => v.Value).Distinct().ToList();
        conflicting = distinct.Count > 1;
        value = distinct.Count == 1 ? distinct[0] : default;
        return distinct.Count == 1;
    }
}
