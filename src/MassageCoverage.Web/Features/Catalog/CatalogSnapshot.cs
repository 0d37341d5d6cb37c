using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>
/// Everything the public pages and the API read from the catalog, loaded at one revision and never changed after:
/// the engine's catalog, the plan search built over it and the states' criteria as stored, by state name. A page served from it
/// sends no statement to the database.
/// </summary>
public sealed record CatalogSnapshot(long Revision, CoverageCatalog Catalog, PlanIndex Plans, IReadOnlyList<MedicaidStateRow> States);

/// <summary>
/// A state's criteria as the public table shows them, as stored: a program not named yet stays null (the engine's
/// entry names it after the state instead).
/// </summary>
public sealed record MedicaidStateRow(
    string Code, string Name, string? Program, string? Populations, string? Note, string? Source, DateOnly? LastVerified);
