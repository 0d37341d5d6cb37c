namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// The import and export format: <c>{ "plans": [...], "medicaid": [...] }</c>, camelCase, dates yyyy-MM-dd.
/// One file may hold both keys. Original Medicare is not part of the format: its single rule is seeded reference data
/// (docs/domain.md section 3), so neither import nor export touches it.
/// </summary>
// Elements are declared non-null, yet a file may hold null in a list: the validators report it before any use.
internal sealed record CatalogDocument
{
    public IReadOnlyList<PlanDocument>? Plans { get; init; }
    public IReadOnlyList<MedicaidDocument>? Medicaid { get; init; }
}
