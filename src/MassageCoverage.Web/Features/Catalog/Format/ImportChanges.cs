using MassageCoverage.Web.Features.Audit;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>Whether a plan, a state or a rule version is new, changed, or (a version only) removed by the file.</summary>
public enum ImportChangeKind
{
    Added,
    Changed,
    Removed,
}

/// <summary>One rule version the file adds, changes or removes, named by its first day, with its fields in words.</summary>
public sealed record ImportVersionChange(string EffectiveFrom, ImportChangeKind Kind, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// One plan or state the file would change: its own fields old → new (none when only its versions change) and each
/// version added, changed or removed. <see cref="Kind"/> says whether the plan or state itself is new.
/// </summary>
public sealed record ImportOwnerChange(
    bool IsState, string Code, string Name, ImportChangeKind Kind, IReadOnlyList<FieldChange> Fields,
    IReadOnlyList<ImportVersionChange> Versions);

/// <summary>
/// Every change an import makes, gathered only when asked for (a preview on the console): a bulk import from the
/// command line skips it, so 100,000 plans cost no diff. Fields are compared as the export writes them, so what is
/// listed is exactly what differs between the stored catalog and the file.
/// </summary>
internal sealed class ImportChanges
{
    private readonly List<ImportOwnerChange> _owners = [];

    public IReadOnlyList<ImportOwnerChange> Owners => _owners;

    /// <summary>The fields that differ; for something new, only the fields the file gives a value.</summary>
    public static IReadOnlyList<FieldChange> Fields(string? before, string after)
    {
        var fields = AuditDiff.Compare(before, after);
        return before is null ? [.. fields.Where(f => f.After != AuditDiff.None)] : fields;
    }

    /// <param name="before">The owner's header as exported, or null when the file creates it.</param>
    /// <param name="after">The file's header, normalised as the export would write it.</param>
    public void Add<T>(bool isState, string code, string name, T? before, T after, List<ImportVersionChange> versions)
        where T : class
    {
        var headerChanged = before is null || CatalogJson.Snapshot(before) != CatalogJson.Snapshot(after);
        if (!headerChanged && versions.Count == 0)
        {
            return;
        }

        var fields = !headerChanged ? [] : Fields(before is null ? null : CatalogJson.Snapshot(before), CatalogJson.Snapshot(after));
        _owners.Add(new(isState, code, name, before is null ? ImportChangeKind.Added : ImportChangeKind.Changed, fields,
            [.. versions.OrderBy(v => v.EffectiveFrom, StringComparer.Ordinal)]));
    }
}
