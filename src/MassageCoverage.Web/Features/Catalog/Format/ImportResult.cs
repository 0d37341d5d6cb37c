namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// Either what was imported, or every reason nothing was. <see cref="Revision"/> is the catalog revision the import
/// ran against, and <see cref="Changes"/> every change in words when <see cref="ImportOptions.ListChanges"/> asked.
/// </summary>
internal sealed record ImportResult(ImportCounts Counts, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public long Revision { get; init; }

    public IReadOnlyList<ImportOwnerChange> Changes { get; init; } = [];

    public static ImportResult Imported(ImportCounts counts) => new(counts, []);

    public static ImportResult Refused(IReadOnlyList<ImportError> errors) => new(new ImportCounts(), errors);
}

/// <summary>How one import runs, beyond the file and the actor.</summary>
internal sealed record ImportOptions
{
    public static ImportOptions Default { get; } = new();

    /// <summary>Gather every change in words (a preview to show); a bulk import leaves it off.</summary>
    public bool ListChanges { get; init; }

    /// <summary>Refuse unless the catalog is still at this revision: what was previewed is what is applied.</summary>
    public long? ExpectedRevision { get; init; }

    /// <summary>False for staff: a file that would change a state's Medicaid criteria is refused (those are the admins').</summary>
    public bool StatesAllowed { get; init; } = true;
}
