using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts.Mail;
using MassageCoverage.Web.Features.Language;
using Microsoft.AspNetCore.Identity;

namespace MassageCoverage.Web.Features.Accounts;

public enum SignInOutcome { SignedIn, TwoFactorRequired, Refused, ConfirmEmailFirst, TooManyAttempts }

/// <summary>
/// Password sign-in that tells nobody whether an address has an account: an unknown email, a wrong password and a
/// locked account are one answer, and each costs one password hash, so the time taken does not tell them apart either.
/// Only the right password learns more (that the email still needs confirming). A lockout is mailed to the owner.
/// </summary>
public sealed class AccountSignIn(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher,
    AccountEmails emails, AccountAttemptLimiter limiter)
{
    private static readonly AppUser Decoy = new() { Id = "decoy" };
    private static string? s_decoyHash;

    public async Task<(SignInOutcome Outcome, TimeSpan RetryAfter)> SignInAsync(string email, string password)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (!limiter.TrySignIn(email, out var wait))
        {
            return (SignInOutcome.TooManyAttempts, wait);
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            HashForNothing(password);
            return (SignInOutcome.Refused, TimeSpan.Zero);
        }

        if (!user.EmailConfirmed)
        {
            return (await ConfirmationAsync(user, password), TimeSpan.Zero);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            // It was not locked a moment ago, so this attempt locked it.
            await emails.SendLockedAsync(user);
        }

        if (result.Succeeded)
        {
            // The account's language follows it to this browser.
            LanguageSetup.Remember(signIn.Context, user.Language);
        }

        return (result.Succeeded ? SignInOutcome.SignedIn
            : result.RequiresTwoFactor ? SignInOutcome.TwoFactorRequired
            : SignInOutcome.Refused, TimeSpan.Zero);
    }

    /// <summary>An unconfirmed account: the right password gets the link again, a wrong one counts towards lockout.</summary>
    private async Task<SignInOutcome> ConfirmationAsync(AppUser user, string password)
    {
        if (await users.CheckPasswordAsync(user, password))
        {
            await emails.SendConfirmationAsync(user);
            return SignInOutcome.ConfirmEmailFirst;
        }

        await users.AccessFailedAsync(user);
        if (await users.IsLockedOutAsync(user))
        {
            await emails.SendLockedAsync(user);
        }

        return SignInOutcome.Refused;
    }

    private void HashForNothing(string password)
    {
        var hash = s_decoyHash ??= hasher.HashPassword(Decoy, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Decoy, hash, password);
    }
}
