using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace MassageCoverage.Web.Features.Accounts;

/// <summary>
/// Until a mail server is configured, messages for users (password-reset links) are written as files to a local
/// outbox folder: never to the log, where a reset link would be a credential.
/// </summary>
internal sealed class OutboxEmailSender(IConfiguration configuration, IHostEnvironment environment) : IEmailSender<AppUser>
{
    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink) =>
        WriteAsync(email, "Confirm your email", $"Confirm your account: {confirmationLink}");

    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink) =>
        WriteAsync(email, "Reset your password", $"Choose a new password: {resetLink}\nIf you did not ask for this, ignore this message.");

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) =>
        WriteAsync(email, "Your password reset code", $"Your code: {resetCode}");

    private async Task WriteAsync(string to, string subject, string body)
    {
        var folder = configuration["Email:OutboxDirectory"]
            ?? Path.Combine(environment.ContentRootPath, "..", "..", ".data", "outbox");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, $"To: {to}\nSubject: {subject}\n\n{body}\n");
    }
}
