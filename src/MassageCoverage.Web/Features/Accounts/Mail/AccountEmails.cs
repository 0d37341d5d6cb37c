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

    /// <summary>To the account's address after its password changed: if it was not the owner, the way back in.</summary>
    public async Task SendPasswordChangedAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var reset = await ResetLinkAsync(user);
        await SendAsync(user, () => (MailStrings.PasswordChangedSubject, Words.Format(MailStrings.PasswordChangedBody, ResetPrefix + reset)),
            cancellationToken);
    }

    /// <summary>
    /// A change of address asked for by the signed-in owner: the link goes to the new address (whose owner proves it
    /// by opening it), and the current address is told, with the way to stop it (a new password voids the link).
    /// </summary>
    public async Task SendEmailChangeAsync(AppUser user, string newEmail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GenerateChangeEmailTokenAsync(user, newEmail);
        var link = Link("/Account/Settings/ConfirmEmail", new { userId = user.Id, email = newEmail, token });
        await SendAsync(newEmail, user.Language, userId: null, () => (MailStrings.EmailChangeSubject, Words.Format(MailStrings.EmailChangeBody, MailStrings.EmailChangeLink + link)),
            cancellationToken);
        var reset = await ResetLinkAsync(user);
        await SendAsync(user, () => (MailStrings.EmailChangingSubject, Words.Format(MailStrings.EmailChangingBody, ResetPrefix + reset)), cancellationToken);
    }

    /// <summary>The new address already has an account: its owner is told, and the person asking learns nothing.</summary>
    public async Task SendEmailTakenAsync(AppUser owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var signIn = Link("/Account/SignIn", null);
        await SendAsync(owner, () => (MailStrings.EmailTakenSubject, Words.Format(MailStrings.EmailTakenBody, SignInPrefix + signIn)), cancellationToken);
    }

    /// <summary>
    /// Adds the invitation to the caller's unit of work, so the account, its audit entry and the message commit
    /// together. An admin asked for it, so the hourly limit for anonymous forms does not apply.
    /// </summary>
    public async Task AddInvitationAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GenerateUserTokenAsync(user, Invitations.Provider, Invitations.Purpose);
        var link = Link("/Account/Invitation", new { userId = user.Id, token });
        var (subject, body) = Languages.In(user.Language ?? Languages.Current,
            () => (InviteStrings.MailSubject, Words.Format(InviteStrings.MailBody, InviteStrings.MailLink + link)));
        mail.Add(new MailMessage(user.Email!, subject, body));
    }

    /// <summary>What precedes the invitation's link in the reader's language.</summary>
    public static string InvitationPrefix => InviteStrings.MailLink;

    private async Task<string> ResetLinkAsync(AppUser user) =>
        Link("/Account/ResetPassword", new { email = user.Email, token = await users.GeneratePasswordResetTokenAsync(user) });

    /// <summary>
    /// A page that anyone may post an address to must not become a way to flood that address: past the hourly limit
    /// the message is dropped (the page still answers the same).
    /// </summary>
    private Task SendAsync(AppUser user, Func<(string Subject, string Body)> write, CancellationToken cancellationToken) =>
        SendAsync(user.Email!, user.Language, user.Id, write, cancellationToken);

    private async Task SendAsync(
        string to, string? language, string? userId, Func<(string Subject, string Body)> write, CancellationToken cancellationToken)
    {
        if (!limiter.TryEmail(to))
        {
            LogDropped(userId ?? "(a new address)");
            return;
        }

        // In the account's language (chosen, or the one it registered in), whatever the language of this request.
        var (subject, body) = Languages.In(language ?? Languages.Current, write);
        await mail.SendAsync(new MailMessage(to, subject, body), cancellationToken);
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
