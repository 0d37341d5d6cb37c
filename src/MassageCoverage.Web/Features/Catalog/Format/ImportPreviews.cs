using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// The console's two-step import. A preview runs the whole import and rolls it back, lists every change, and keeps the
/// file (in <c>import_previews</c>) for <see cref="Lifetime"/>, tied to the user who uploaded it. Applying takes the
/// kept file by its id, never a new upload, and only while the catalog is still at the previewed revision, so what is
/// applied is exactly what was shown. A kept file is used once.
/// </summary>
internal sealed class ImportPreviews(CoverageDbContext db, CatalogImporter importer, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <returns>The preview, and the id to apply it by when it succeeded and would change something.</returns>
    public async Task<(ImportResult Result, Guid? Id)> PreviewAsync(byte[] content, string userId, bool statesAllowed,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var now = time.GetUtcNow();
        await db.ImportPreviews.Where(p => p.CreatedAt < now - Lifetime).ExecuteDeleteAsync(cancellationToken);
        var result = await importer.PreviewAsync(content, userId, Options(statesAllowed), cancellationToken);
        if (!result.Succeeded || result.Counts.NothingChanged)
        {
            return (result, null);
        }

        var kept = new ImportPreview { Id = Guid.NewGuid(), UserId = userId, CreatedAt = now, Revision = result.Revision, Content = content };
        db.ImportPreviews.Add(kept);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (result, kept.Id);
    }

    /// <returns>Null when there is no such preview for this user, or it is older than <see cref="Lifetime"/>.</returns>
    public async Task<ImportResult?> ApplyAsync(Guid id, string userId, bool statesAllowed, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - Lifetime;
        var kept = await db.ImportPreviews.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == id && p.UserId == userId && p.CreatedAt >= since, cancellationToken);
        if (kept is null)
        {
            return null;
        }

        var result = await importer.ImportAsync(kept.Content, userId,
            Options(statesAllowed) with { ExpectedRevision = kept.Revision }, cancellationToken);
        await db.ImportPreviews.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
        return result;
    }

    private static ImportOptions Options(bool statesAllowed) => new() { ListChanges = true, StatesAllowed = statesAllowed };
}
