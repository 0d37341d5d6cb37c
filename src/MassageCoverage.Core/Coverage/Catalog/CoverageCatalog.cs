using System.Collections.Frozen;

namespace MassageCoverage.Core.Coverage;

/// <summary>
/// An immutable snapshot of every plan, state and Medicare rule: built once, then read by many threads at once.
/// A change builds a new snapshot. The constructor refuses what lookups could not answer unambiguously:
/// duplicate plan codes or states, unknown state codes, and overlapping rule versions.
/// </summary>
public sealed class CoverageCatalog
{
    private readonly FrozenDictionary<string, PlanEntry> _plans;
    private readonly FrozenDictionary<string, MedicaidEntry> _medicaid;

    public CoverageCatalog(IEnumerable<PlanEntry> plans, IEnumerable<MedicaidEntry> medicaid, MedicareEntry? medicare)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(medicaid);
        Plans = [.. plans.OrderBy(p => p.Insurer, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
        Medicaid = [.. medicaid.OrderBy(m => m.StateCode, StringComparer.OrdinalIgnoreCase)];
        Medicare = medicare;
        CatalogGuard.Check(Plans, Medicaid, Medicare);
        _plans = Plans.ToFrozenDictionary(p => p.Code.Trim(), StringComparer.OrdinalIgnoreCase);
        _medicaid = Medicaid.ToFrozenDictionary(m => m.StateCode.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    public static CoverageCatalog Empty { get; } = new([], [], null);

    /// <summary>Every plan, by insurer then name.</summary>
    public IReadOnlyList<PlanEntry> Plans { get; }

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
}
