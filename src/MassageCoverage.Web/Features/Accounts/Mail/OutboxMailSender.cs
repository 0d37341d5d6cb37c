namespace MassageCoverage.Web.Features.Accounts.Mail;

/// <summary>
/// Until a mail server is configured, messages for users are written as files to a local outbox folder: never to the
/// log, where a reset or confirmation link would be a credential.
/// </summary>
internal sealed class OutboxMailSender(IConfiguration configuration, IHostEnvironment environment, TimeProvider clock) : IMailSender
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = configuration["Email:OutboxDirectory"]
            ?? Path.Combine(environment.ContentRootPath, "..", "..", ".data", "outbox");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, $"To: {message.To}\nSubject: {message.Subject}\n\n{message.Body}\n", cancellationToken);
    }
}
