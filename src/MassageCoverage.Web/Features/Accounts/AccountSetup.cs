using System.Threading.RateLimiting;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Security;
using Microsoft.AspNetCore.Identity;

namespace MassageCoverage.Web.Features.Accounts;

/// <summary>
/// Sign-in for patients, staff and admins, shaped by HIPAA's technical safeguards (DOMAIN.md section 7): unique
/// users, automatic logoff after 15 idle minutes, lockout, and rate limits on the doors people knock at.
/// </summary>
internal static class AccountSetup
{
    public const string AccountDoorsPolicy = "account-doors";
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // NIST SP 800-63B: length over composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<CoverageDbContext>()
            .AddDefaultTokenProviders();
        services.AddConsolePolicies();
        // A deleted, locked or demoted account's other sessions end within a minute, not Identity's default 30:
        // one database read per signed-in user a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "mc.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Plain HTTP only where the app is never exposed: a developer's machine and the test host.
            options.Cookie.SecurePolicy = environment.IsDevelopment() || environment.IsEnvironment("Testing")
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "mc.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.HeaderName = "X-CSRF-TOKEN";
        });

        services.AddKeyProtection(configuration, environment);

        var permits = configuration.GetValue("RateLimits:AccountPermitsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            // Per client, only for the POSTs that try a password or create an account; reading the forms is free.
            options.AddPolicy(AccountDoorsPolicy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }
}
