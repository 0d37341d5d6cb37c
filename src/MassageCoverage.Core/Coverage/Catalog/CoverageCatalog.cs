namespace MassageCoverage.Core.Coverage;

/// <summary>
/// An immutable snapshot of every plan, state and Medicare rule: built once, then read by many threads at once.
/// A change builds a new snapshot, whole or (<see cref="With"/>) from this one and the plans that changed. Both refuse
/// what lookups could not answer unambiguously: duplicate plan codes or states, unknown state codes, and overlapping
/// rule versions.
/// </summary>
public sealed class CoverageCatalog
{
    /// <summary>The order of <see cref="Plans"/>: insurer, then name, then code (unique), each ignoring case.</summary>
    private static readonly Comparison<PlanEntry> PlanOrder = static (a, b) =>
    {
        var order = StringComparer.OrdinalIgnoreCase.Compare(a.Insurer, b.Insurer);
        order = order != 0 ? order : StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name);
        return order != 0 ? order : StringComparer.OrdinalIgnoreCase.Compare(a.Code, b.Code);
    };

    private readonly PlanEntry[] _ordered;
    private readonly Dictionary<string, PlanEntry> _plans;
    private readonly Dictionary<string, MedicaidEntry> _medicaid;

    public CoverageCatalog(IEnumerable<PlanEntry> plans, IEnumerable<MedicaidEntry> medicaid, MedicareEntry? medicare)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(medicaid);
        _ordered = [.. plans];
        Array.Sort(_ordered, PlanOrder);
        Medicaid = [.. medicaid.OrderBy(m => m.StateCode, StringComparer.OrdinalIgnoreCase)];
        Medicare = medicare;
        CatalogGuard.Check(_ordered, Medicaid, Medicare);
        _plans = new Dictionary<string, PlanEntry>(_ordered.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var plan in _ordered)
        {
            _plans.Add(plan.Code.Trim(), plan);
        }

        _medicaid = Medicaid.ToDictionary(m => m.StateCode.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    private CoverageCatalog(
        PlanEntry[] ordered, Dictionary<string, PlanEntry> plans, IReadOnlyList<MedicaidEntry> medicaid, MedicareEntry? medicare)
    {
        _ordered = ordered;
        _plans = plans;
        Medicaid = medicaid;
        Medicare = medicare;
        _medicaid = Medicaid.ToDictionary(m => m.StateCode.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    public static CoverageCatalog Empty { get; } = new([], [], null);

    /// <summary>Every plan, by insurer, then name, then code.</summary>
    public IReadOnlyList<PlanEntry> Plans => _ordered;

    /// <summary>Every state entry, by state code.</summary>
    public IReadOnlyList<MedicaidEntry> Medicaid { get; }

    /// <summary>Original Medicare, or null when the snapshot does not hold it.</summary>
    public MedicareEntry? Medicare { get; }

    /// <summary>The plan with this code, ignoring case and surrounding space.</summary>
    public PlanEntry? FindPlan(string? code) =>
        code is not null && _plans.TryGetValue(code.Trim(), out var plan) ? plan : null;

    /// <summary>The Medicaid entry of a state by its two-letter code, ignoring case.</summary>
    public MedicaidEntry? FindMedicaid(string? stateCode) =>
        stateCode is not null && _medicaid.TryGetValue(stateCode.Trim(), out var entry) ? entry : null;

    /// <summary>
    /// This catalog with the plans <paramref name="removed"/> (entries of this catalog) taken out and
    /// <paramref name="added"/> put in, and the states and Medicare given: what a small change costs at any size. Every
    /// other plan is the same entry as here, so what the engine prepared for it on earlier checks is kept. Equal to the
    /// catalog built whole from the same plans.
    /// </summary>
    public CoverageCatalog With(
        IReadOnlyCollection<PlanEntry> removed, IReadOnlyCollection<PlanEntry> added, IEnumerable<MedicaidEntry> medicaid,
        MedicareEntry? medicare)
    {
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(medicaid);
        var gone = new HashSet<PlanEntry>(removed, ReferenceEqualityComparer.Instance);
        var plans = new Dictionary<string, PlanEntry>(_plans, StringComparer.OrdinalIgnoreCase);
        foreach (var plan in gone)
        {
            if (!plans.TryGetValue(plan.Code.Trim(), out var held) || !ReferenceEquals(held, plan))
            {
                throw new ArgumentException($"Plan '{plan.Code}' is not an entry of this catalog.", nameof(removed));
            }

            plans.Remove(plan.Code.Trim());
        }

        PlanEntry[] fresh = [.. added];
        Array.Sort(fresh, PlanOrder);
        IReadOnlyList<MedicaidEntry> states = [.. medicaid.OrderBy(m => m.StateCode, StringComparer.OrdinalIgnoreCase)];
        CatalogGuard.Check(fresh, states, medicare);
        var taken = fresh.Where(p => plans.ContainsKey(p.Code.Trim())).Select(p => $"Plan code '{p.Code}' appears 2 times.").ToList();
        if (taken.Count > 0)
        {
            throw new ArgumentException("The coverage catalog is inconsistent: " + string.Join(" ", taken), nameof(added));
        }

        foreach (var plan in fresh)
        {
            plans.Add(plan.Code.Trim(), plan);
        }

        return new(Merge(fresh, gone, plans.Count), plans, states, medicare);
    }

    /// <summary>The plans of this catalog but <paramref name="gone"/>, merged in order with <paramref name="fresh"/> (sorted).</summary>
    private PlanEntry[] Merge(PlanEntry[] fresh, HashSet<PlanEntry> gone, int count)
    {
        var merged = new PlanEntry[count];
        int kept = 0, added = 0, next = 0;
        while (kept < _ordered.Length || added < fresh.Length)
        {
            if (kept < _ordered.Length && gone.Contains(_ordered[kept]))
            {
                kept++;
            }
            else if (added == fresh.Length || (kept < _ordered.Length && PlanOrder(_ordered[kept], fresh[added]) <= 0))
            {
                merged[next++] = _ordered[kept++];
            }
            else
            {
                merged[next++] = fresh[added++];
            }
        }

        return merged;
    }
}
