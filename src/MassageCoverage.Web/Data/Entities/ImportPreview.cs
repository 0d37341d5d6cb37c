namespace MassageCoverage.Web.Data.Entities;

/// <summary>
/// A catalog file a console user previewed, kept for a short time so that "Apply" applies exactly that file without
/// asking for it again: only its uploader may apply it, only while the catalog is still at <see cref="Revision"/>.
/// A database row rather than memory, so that the Apply may reach another instance than the preview did.
/// </summary>
public class ImportPreview
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The catalog revision the preview ran against.</summary>
    public long Revision { get; set; }

    /// <summary>The file's bytes, as uploaded (its SHA-256 is what the import's audit entry names).</summary>
    public required byte[] Content { get; set; }
}
