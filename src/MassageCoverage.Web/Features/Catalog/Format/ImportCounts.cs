namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>What one import changed: counts, and the codes of the plans and states it touched.</summary>
internal sealed class ImportCounts
{
    public int PlansCreated { get; set; }
    public int PlansUpdated { get; set; }
    public int StatesCreated { get; set; }
    public int StatesUpdated { get; set; }
    public int RulesAdded { get; set; }
    public int RulesChanged { get; set; }
    public int RulesRemoved { get; set; }
    public int RuleChanges => RulesAdded + RulesChanged + RulesRemoved;
    public SortedSet<string> PlanCodes { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> StateCodes { get; } = new(StringComparer.Ordinal);

    public bool NothingChanged => PlanCodes.Count == 0 && StateCodes.Count == 0;

    /// <summary>What the import's one audit entry holds: the file, the counts and every code it changed.</summary>
    public object AuditSummary(string sha256) => new
    {
        sha256, PlansCreated, PlansUpdated, StatesCreated, StatesUpdated, RulesAdded, RulesChanged, RulesRemoved,
        plans = PlanCodes, states = StateCodes,
    };

    /// <summary>"plans: 1 created, 2 updated; states: 0 created, 1 updated; rules: 3 added, 1 changed, 0 removed".</summary>
    public override string ToString() =>
        $"plans: {PlansCreated} created, {PlansUpdated} updated; states: {StatesCreated} created, {StatesUpdated} updated; "
        + $"rules: {RulesAdded} added, {RulesChanged} changed, {RulesRemoved} removed";
}
