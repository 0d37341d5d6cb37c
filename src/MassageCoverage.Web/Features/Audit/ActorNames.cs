using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Features.Audit;

/// <summary>
/// Audit entries and rows store who acted as an account id; people read a name: the email of staff and admins, and
/// "patient #12" for a patient, so the console never shows a patient's email or account id. Ids of no account
/// ("seed", "import") stay as they are; an account deleted since reads "a deleted account".
/// </summary>
public static class ActorNames
{
    public const string Deleted = "a deleted account";

    public static async Task<IReadOnlyDictionary<string, string>> EmailsAsync(
        CoverageDbContext db, IEnumerable<string> actors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = actors.Distinct(StringComparer.Ordinal).ToList();
        var patients = await (from ur in db.UserRoles
                              join r in db.Roles on ur.RoleId equals r.Id
                              where r.Name == Roles.Patient && ids.Contains(ur.UserId)
                              select ur.UserId).ToListAsync(cancellationToken);
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(
            u => u.Id, u => patients.Contains(u.Id) ? Patient(u.Number) : u.Email ?? u.Id, cancellationToken);
        foreach (var id in ids.Where(id => !names.ContainsKey(id) && Guid.TryParse(id, out _)))
        {
            names[id] = Deleted;
        }

        return names;
    }

    public static string Patient(int number) => $"patient #{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static string Of(this IReadOnlyDictionary<string, string> emails, string actor)
    {
        ArgumentNullException.ThrowIfNull(emails);
        return emails.GetValueOrDefault(actor, actor);
    }
}
