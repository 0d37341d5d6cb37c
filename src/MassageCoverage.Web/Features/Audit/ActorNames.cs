using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Audit;

/// <summary>
/// Audit entries and rows store who acted as an account id; people read an email address. Ids of no account ("seed",
/// "import", a deleted account) stay as they are.
/// </summary>
public static class ActorNames
{
    public static async Task<IReadOnlyDictionary<string, string>> EmailsAsync(
        CoverageDbContext db, IEnumerable<string> actors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = actors.Distinct(StringComparer.Ordinal).ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id, cancellationToken);
    }

    public static string Of(this IReadOnlyDictionary<string, string> emails, string actor)
    {
        ArgumentNullException.ThrowIfNull(emails);
        return emails.GetValueOrDefault(actor, actor);
    }
}
