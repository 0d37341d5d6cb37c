namespace MassageCoverage.Core.Coverage;

/// <summary>An owner (a plan, a state's Medicaid, Original Medicare) with its rule versions prepared, in their order.</summary>
internal sealed class PreparedOwner(CoverageOwner owner, IReadOnlyList<CoverageRule> rules)
{
    public CoverageOwner Owner { get; } = owner;

    public PreparedRule[] Rules { get; } = Prepare(owner, rules);

    private static PreparedRule[] Prepare(CoverageOwner owner, IReadOnlyList<CoverageRule> rules)
    {
        var prepared = new PreparedRule[rules.Count];
        for (var i = 0; i < prepared.Length; i++)
        {
            prepared[i] = new(owner, rules[i]);
        }

        return prepared;
    }
}
