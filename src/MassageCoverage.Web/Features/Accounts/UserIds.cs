using System.Security.Claims;

namespace MassageCoverage.Web.Features.Accounts;

public static class UserIds
{
    /// <summary>The signed-in user's id: the owner key of every patient record.</summary>
    public static string Id(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No user is signed in.");
}
