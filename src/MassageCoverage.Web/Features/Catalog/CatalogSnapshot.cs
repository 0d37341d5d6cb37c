using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>
/// Everything the public pages and the API read from the catalog, loaded at one revision and never changed after:
/// the engine's catalog, the plan search built over it and the states' criteria as stored, by state name. A page served from it
/// sends no statement to the database.
/// </summary>
public sealed class CatalogSnapshot(
    long revision, CoverageCatalog catalog, PlanIndex plans, IReadOnlyList<MedicaidStateRow> states,
    Dictionary<long, PlanEntry> plansById)
{
    public long Revision { get; } = revision;

    public CoverageCatalog Catalog { get; } = catalog;

    public PlanIndex Plans { get; } = plans;

    public IReadOnlyList<MedicaidStateRow> States { get; } = states;

    /// <summary>The entry of the plan stored with this id, or null: what a change to that row replaces.</summary>
    internal PlanEntry? PlanOfId(long id) => plansById.GetValueOrDefault(id);

    /// <summary>The plans by id with the ids <paramref name="changed"/> replaced by <paramref name="read"/> (an id not read is gone).</summary>
    internal Dictionary<long, PlanEntry> WithPlans(IEnumerable<long> changed, Dictionary<long, PlanEntry> read)
    {
        var byId = new Dictionary<long, PlanEntry>(plansById);
        foreach (var id in changed)
        {
            byId.Remove(id);
        }

        foreach (var (id, plan) in read)
        {
            byId[id] = plan;
        }

        return byId;
    }
}

/// <summary>
/// A state's criteria as the public table shows them, as stored: a program not named yet stays null (the engine's
/// entry names it after the state instead).
/// </summary>
public sealed record MedicaidStateRow(
    string Code, string Name, string? Program, string? Populations, string? Note, string? Source, DateOnly? LastVerified);
