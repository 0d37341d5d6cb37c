namespace MassageCoverage.Web.Features.Accounts.Mail;

/// <summary>
/// A message to one person. Subjects never carry health data or anything the person typed: a subject line is read on
/// lock screens and kept in mail servers' logs.
/// </summary>
public sealed record MailMessage(string To, string Subject, string Body);

public interface IMailSender
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken = default);
}
