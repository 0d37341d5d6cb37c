using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace MassageCoverage.Web.Features.Accounts.Mail;

/// <summary>
/// The messages an account's owner receives, with their links. The pages answer the same whatever happened (so that
/// nobody learns from them whether an address has an account); what differs goes to the address's owner only.
/// </summary>
public sealed partial class AccountEmails(
    UserManager<AppUser> users, IMailSender mail, LinkGenerator links, IHttpContextAccessor http,
    AccountAttemptLimiter limiter, IConfiguration configuration, ILogger<AccountEmails> logger)
{
    /// <summary>
    /// Where the links in messages point. Without it they point where the request came from, and a request's Host
    /// header is the sender's to choose: in production a forged one would mail a real reset link to another site.
    /// </summary>
    public const string PublicBaseUrlSetting = "Site:PublicBaseUrl";

    public const string ConfirmPrefix = "Confirm your email address: ";
    public const string ResetPrefix = "Choose a new password: ";
    public const string SignInPrefix = "Sign in: ";

    public async Task SendConfirmationAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Link("/Account/ConfirmEmail", new { userId = user.Id, token });
        await SendAsync(user, "Confirm your email address for MassageCoverage",
            $"Confirm your email address to finish creating your account.\n{ConfirmPrefix}{link}\n\n"
            + "The link works for 24 hours. If you did not create an account, ignore this message: nothing happens without it.",
            cancellationToken);
    }

    public async Task SendAlreadyRegisteredAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await SendAsync(user, "Your MassageCoverage account",
            "Someone, perhaps you, tried to create an account with this email address. It already has one.\n"
            + $"{SignInPrefix}{Link("/Account/SignIn", null)}\n"
            + $"Forgot your password? {ResetPrefix}{await ResetLinkAsync(user)}\n\n"
            + "If this was not you, ignore this message: your account is unchanged.",
            cancellationToken);
    }

    public async Task SendPasswordResetAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await SendAsync(user, "Reset your MassageCoverage password",
            $"{ResetPrefix}{await ResetLinkAsync(user)}\n\n"
            + "The link works for 24 hours. If you did not ask for this, ignore this message: your password is unchanged.",
            cancellationToken);
    }

    public async Task SendLockedAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await SendAsync(user, "Your MassageCoverage account is locked for 15 minutes",
            "Your account was locked after 5 failed sign-in attempts (a wrong password or code).\n"
            + "If it was you, wait 15 minutes, or unlock it now by choosing a new password.\n"
            + $"{ResetPrefix}{await ResetLinkAsync(user)}\n\n"
            + "If it was not you, someone knows your email address. Choosing a new password keeps your account safe.",
            cancellationToken);
    }

    private async Task<string> ResetLinkAsync(AppUser user) =>
        Link("/Account/ResetPassword", new { email = user.Email, token = await users.GeneratePasswordResetTokenAsync(user) });

    /// <summary>
    /// A page that anyone may post an address to must not become a way to flood that address: past the hourly limit
    /// the message is dropped (the page still answers the same).
    /// </summary>
    private async Task SendAsync(AppUser user, string subject, string body, CancellationToken cancellationToken)
    {
        if (!limiter.TryEmail(user.Email!))
        {
            LogDropped(user.Id);
            return;
        }

        await mail.SendAsync(new MailMessage(user.Email!, subject, body), cancellationToken);
    }

    private string Link(string page, object? values)
    {
        var path = links.GetPathByPage(page, handler: null, values) ?? throw new InvalidOperationException($"No route to {page}.");
        var configured = configuration[PublicBaseUrlSetting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/') + path;
        }

        var request = (http.HttpContext ?? throw new InvalidOperationException("Account emails are sent while answering a request.")).Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account email to user {UserId} dropped: hourly limit reached")]
    private partial void LogDropped(string userId);
}
