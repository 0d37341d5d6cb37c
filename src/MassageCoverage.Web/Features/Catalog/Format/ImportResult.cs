namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>Either what was imported, or every reason nothing was.</summary>
internal sealed record ImportResult(ImportCounts Counts, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportResult Imported(ImportCounts counts) => new(counts, []);

    public static ImportResult Refused(IReadOnlyList<ImportError> errors) => new(new ImportCounts(), errors);
}
