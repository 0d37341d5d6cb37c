using System.Security.Cryptography.X509Certificates;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace MassageCoverage.Web.Features.Mail;

/// <summary>How a queued message leaves: an SMTP server, or the outbox folder until one is configured.</summary>
public interface IMailTransport
{
    Task SendAsync(MailMessage message, string messageId, CancellationToken cancellationToken);
}

/// <summary>The settings under <c>Email</c> (see README, Configuration).</summary>
public sealed class MailOptions
{
    public const string Section = "Email";

    public string? OutboxDirectory { get; set; }

    /// <summary>The sender, as messages show it.</summary>
    public string From { get; set; } = "MassageCoverage <no-reply@localhost>";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    /// <summary>The server; unset means no SMTP at all (messages go to the outbox folder).</summary>
    public string? Host { get; set; }

    /// <summary>587 (STARTTLS) by default; 465 connects with TLS from the start.</summary>
    public int Port { get; set; } = 587;

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Refuse to send unless the server offers STARTTLS (or the port is 465); otherwise TLS is used whenever offered.</summary>
    public bool RequireTls { get; set; }

    /// <summary>
    /// The SHA-256 thumbprint (hex) of a server certificate to trust even though no trusted authority signed it: a relay
    /// inside the clinic's own network with a certificate of its own. Any other certificate must validate as usual.
    /// </summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>How long one attempt may take, connection included.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>Sends through SMTP with MailKit: STARTTLS whenever the server offers it, required when so configured.</summary>
internal sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    public async Task SendAsync(MailMessage message, string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = options.Smtp;
        using var mime = new MimeMessage { Subject = message.Subject, MessageId = messageId, Body = new TextPart("plain") { Text = message.Body } };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));

        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        if (!string.IsNullOrWhiteSpace(smtp.CertificateThumbprint))
        {
            var pinned = smtp.CertificateThumbprint.Replace(":", "", StringComparison.Ordinal).Trim();
            client.ServerCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None
                || (certificate is not null && string.Equals(
                    new X509Certificate2(certificate).GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), pinned,
                    StringComparison.OrdinalIgnoreCase));
        }

        var security = smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : smtp.RequireTls ? SecureSocketOptions.StartTls
            : SecureSocketOptions.StartTlsWhenAvailable;
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>
/// Until a mail server is configured, messages are written as files to a local outbox folder: never to the log, where
/// a reset or confirmation link would be a credential.
/// </summary>
internal sealed class OutboxMailTransport(MailOptions options, IHostEnvironment environment, TimeProvider clock) : IMailTransport
{
    public async Task SendAsync(MailMessage message, string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = options.OutboxDirectory ?? Path.Combine(environment.ContentRootPath, "..", "..", ".data", "outbox");
        Directory.CreateDirectory(folder);
        // Named by when it left, so the folder lists messages in the order they were sent.
        var file = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{messageId.Split('@')[0]}.txt");
        var temporary = file + ".tmp";
        await File.WriteAllTextAsync(temporary,
            $"To: {message.To}\nSubject: {message.Subject}\nMessage-ID: <{messageId}>\n\n{message.Body}\n", cancellationToken);
        File.Move(temporary, file, overwrite: true);
    }
}
