using System.Security.Claims;
using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MassageCoverage.Web.Features.Accounts.TwoFactor;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Staff and admins set up an authenticator app before they reach the consoles; off only on a closed network.</summary>
    public bool RequireTwoFactorForStaff { get; set; } = true;
}

/// <summary>
/// The sign-in carries whether the account has two-factor sign-in on, so the consoles' policies need no database read.
/// Identity rebuilds the principal when the security stamp changes, which turning two-factor on or off does.
/// </summary>
internal sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string TwoFactorClaim = "mc:two-factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (await UserManager.GetTwoFactorEnabledAsync(user))
        {
            identity.AddClaim(new Claim(TwoFactorClaim, "on"));
        }

        return identity;
    }
}

/// <summary>The consoles ask for two-factor sign-in on top of the role, unless the setting turns it off.</summary>
internal sealed class TwoFactorRequirement : IAuthorizationRequirement;

internal sealed class TwoFactorHandler(IOptionsMonitor<SecurityOptions> options) : AuthorizationHandler<TwoFactorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        if (!options.CurrentValue.RequireTwoFactorForStaff || context.User.HasClaim(c => c.Type == AppClaimsPrincipalFactory.TwoFactorClaim))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// A staff member or admin who has not set up two-factor sign-in is sent to set it up, and then back where they were
/// going, rather than to "access denied".
/// </summary>
internal sealed class TwoFactorSetupRedirect : IAuthorizationMiddlewareResultHandler
{
    public const string SetupPath = "/account/two-factor/set-up";
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure is { } failure
            && failure.FailedRequirements.All(r => r is TwoFactorRequirement) && failure.FailedRequirements.Any())
        {
            var back = context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{SetupPath}?returnUrl={Uri.EscapeDataString(back)}");
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
