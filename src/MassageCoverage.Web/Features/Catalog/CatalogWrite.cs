using Npgsql;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>
/// What became of one change to the catalog. Only <see cref="Saved"/> wrote anything; every other answer left the
/// database, the audit trail and the snapshot as they were, and the unit of work empty.
/// </summary>
public abstract record CatalogWrite<T>
{
    private CatalogWrite()
    {
    }

    /// <summary>Committed with its audit entries (or, on a dry run, would have been); the snapshot is refreshed.</summary>
    public sealed record Saved(T Value) : CatalogWrite<T>;

    /// <summary>A row's version changed since it was read: someone else saved first.</summary>
    public sealed record Stale : CatalogWrite<T>;

    /// <summary>A constraint refused the change: overlapping rule versions, or a name or code already taken.</summary>
    public sealed record Clash(CatalogClash What) : CatalogWrite<T>;

    /// <summary>
    /// The change itself declined, having read under the lock why it may not be made; <paramref name="Field"/> names the
    /// input the reason belongs beside, or is null when it concerns the change as a whole.
    /// </summary>
    public sealed record Refused(string Reason, string? Field = null) : CatalogWrite<T>;
}

/// <summary>The answers a change gives the writer: save what it did, or refuse and write nothing.</summary>
public static class CatalogWrite
{
    public static CatalogWrite<T> Save<T>(T value) => new CatalogWrite<T>.Saved(value);

    public static CatalogWrite<T> Refuse<T>(string reason, string? field = null) => new CatalogWrite<T>.Refused(reason, field);
}

/// <summary>The constraint that refused a change, as PostgreSQL names it.</summary>
public sealed record CatalogClash(string? Constraint, string? Table, string SqlState)
{
    /// <summary>Two versions of one owner's rule would share a day (<c>ex_coverage_rules_no_overlap</c>).</summary>
    public bool IsOverlap => SqlState == PostgresErrorCodes.ExclusionViolation;

    public bool IsUnique => SqlState == PostgresErrorCodes.UniqueViolation;

    /// <summary>The constraint's name, else its SQLSTATE: what a message can name when nothing better is known.</summary>
    public string Name => Constraint ?? SqlState;
}

/// <summary>Dry run: the whole change runs, constraints included, then rolls back (an import's preview).</summary>
public enum CatalogWriteMode
{
    Commit,
    DryRun,
}
