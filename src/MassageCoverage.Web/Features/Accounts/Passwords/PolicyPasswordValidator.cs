using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace MassageCoverage.Web.Features.Accounts.Passwords;

/// <summary>Holds every way Identity sets a password (registration, reset, the command line) to <see cref="PasswordPolicy"/>.</summary>
internal sealed class PolicyPasswordValidator : IPasswordValidator<AppUser>
{
    public const string Code = "PasswordPolicy";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var problem = PasswordPolicy.Problem(password ?? "", user.Email);
        return Task.FromResult(problem is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = Code, Description = problem }));
    }
}
