using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Features.Mail;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Identity;

namespace MassageCoverage.Web.Features.Accounts.Mail;

/// <summary>
/// The messages an account's owner receives, with their links. The pages answer the same whatever happened (so that
/// nobody learns from them whether an address has an account); what differs goes to the address's owner only.
/// </summary>
public sealed partial class AccountEmails(
    UserManager<AppUser> users, Mailer mail, LinkGenerator links, IHttpContextAccessor http,
    AccountAttemptLimiter limiter, IConfiguration configuration, ILogger<AccountEmails> logger)
{
    /// <summary>
    /// Where the links in messages point. Without it they point where the request came from, and a request's Host
    /// header is the sender's to choose: in production a forged one would mail a real reset link to another site.
    /// </summary>
    public const string PublicBaseUrlSetting = "Site:PublicBaseUrl";

    /// <summary>What precedes the confirmation link in the reader's language ("Confirm your email address: ").</summary>
    public static string ConfirmPrefix => MailStrings.ConfirmLink;

    public static string ResetPrefix => MailStrings.ResetLink;

    public static string SignInPrefix => MailStrings.SignInLink;

    /// <param name="returnUrl">A page of this site to come back to once confirmed and signed in (a check to save).</param>
    public async Task SendConfirmationAsync(AppUser user, string? returnUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Link("/Account/ConfirmEmail", new { userId = user.Id, token, returnUrl });
        await SendAsync(user, () => (MailStrings.ConfirmSubject, Words.Format(MailStrings.ConfirmBody, ConfirmPrefix + link)), cancellationToken);
    }

    public async Task SendAlreadyRegisteredAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (signIn, reset) = (Link("/Account/SignIn", null), await ResetLinkAsync(user));
        await SendAsync(user, () => (MailStrings.RegisteredSubject, Words.Format(MailStrings.RegisteredBody, SignInPrefix + signIn, ResetPrefix + reset)),
            cancellationToken);
    }

    public async Task SendPasswordResetAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var reset = await ResetLinkAsync(user);
        await SendAsync(user, () => (MailStrings.ResetSubject, Words.Format(MailStrings.ResetBody, ResetPrefix + reset)), cancellationToken);
    }

    public async Task SendLockedAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var reset = await ResetLinkAsync(user);
        await SendAsync(user, () => (MailStrings.LockedSubject, Words.Format(MailStrings.LockedBody, ResetPrefix + reset)), cancellationToken);
    }

    private async Task<string> ResetLinkAsync(AppUser user) =>
        Link("/Account/ResetPassword", new { email = user.Email, token = await users.GeneratePasswordResetTokenAsync(user) });

    /// <summary>
    /// A page that anyone may post an address to must not become a way to flood that address: past the hourly limit
    /// the message is dropped (the page still answers the same).
    /// </summary>
    private async Task SendAsync(AppUser user, Func<(string Subject, string Body)> write, CancellationToken cancellationToken)
    {
        if (!limiter.TryEmail(user.Email!))
        {
            LogDropped(user.Id);
            return;
        }

        // In the account's language (chosen, or the one it registered in), whatever the language of this request.
        var (subject, body) = Languages.In(user.Language ?? Languages.Current, write);
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
