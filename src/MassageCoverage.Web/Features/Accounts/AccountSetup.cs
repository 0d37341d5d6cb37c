using System.Threading.RateLimiting;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts.Mail;
using MassageCoverage.Web.Features.Mail;
using MassageCoverage.Web.Features.Accounts.Passwords;
using MassageCoverage.Web.Features.Accounts.TwoFactor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace MassageCoverage.Web.Features.Accounts;

/// <summary>
/// Sign-in for patients, staff and admins, shaped by HIPAA's technical safeguards (docs/domain.md section 7): unique
/// users, automatic logoff after 15 idle minutes, lockout, two-factor sign-in (required for the consoles), confirmed
/// email addresses, and rate limits on the doors people knock at, per client address and per account.
/// </summary>
internal static partial class AccountSetup
{
    public const string SignInPolicy = "sign-in";
    public const string RegistrationPolicy = "registration";
    public const string PasswordResetPolicy = "password-reset";
    public static readonly TimeSpan RememberDevice = TimeSpan.FromDays(30);
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Plain HTTP only where the app is never exposed: a developer's machine and the test host.
        var secure = environment.IsDevelopment() || environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // NIST SP 800-63B: length over composition rules.
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // The user name is the email address, and addresses may hold apostrophes and accented letters.
                options.User.AllowedUserNameCharacters = "";
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<CoverageDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(Invitations.Provider)
            .AddPasswordValidator<PolicyPasswordValidator>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();
        // Confirmation and reset links work for 24 hours, as their messages say.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(24));
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.AddConsolePolicies();
        services.AddSingleton<IAuthorizationHandler, TwoFactorHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorSetupRedirect>();
        services.AddMail(configuration);
        services.AddSingleton<AccountAttemptLimiter>();
        services.AddHttpContextAccessor();
        services.AddScoped<AccountEmails>();
        if (environment.IsProduction() && string.IsNullOrWhiteSpace(configuration[AccountEmails.PublicBaseUrlSetting]))
        {
            services.AddHostedService<PublicBaseUrlWarning>();
        }

        services.AddScoped<AccountSignIn>();
        services.AddScoped<CurrentPassword>();
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, options =>
        {
            options.Cookie.Name = "mc.2fa-device";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = secure;
            options.ExpireTimeSpan = RememberDevice;
        });
        // A deleted, locked or demoted account's other sessions end within a minute, not Identity's default 30:
        // one database read per signed-in user a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "mc.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
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

        var limits = configuration.GetSection("RateLimits");
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds(wait);
                return ValueTask.CompletedTask;
            };
            // Per client address, only for the POSTs that try a password, create an account or send a message; reading
            // the forms is free. Each door has its own allowance, so registrations do not use up sign-ins.
            AddPerAddress(options, SignInPolicy, limits.GetValue("SignInPerAddressPerMinute", 30));
            AddPerAddress(options, RegistrationPolicy, limits.GetValue("RegistrationPerAddressPerMinute", 10));
            AddPerAddress(options, PasswordResetPolicy, limits.GetValue("PasswordResetPerAddressPerMinute", 10));
        });
        return services;
    }

    /// <summary>Retry-After in whole seconds, at least one (RFC 9110 section 10.2.3).</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void AddPerAddress(Microsoft.AspNetCore.RateLimiting.RateLimiterOptions options, string policy, int permits) =>
        options.AddPolicy(policy, context =>
            HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));

    /// <summary>Production without Site__PublicBaseUrl: links in messages follow the request's Host header.</summary>
    private sealed partial class PublicBaseUrlWarning(ILogger<PublicBaseUrlWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogUnset();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "Site__PublicBaseUrl is not set: links in account emails follow each request's Host header. Set it to the site's public address.")]
        private partial void LogUnset();
    }
}
