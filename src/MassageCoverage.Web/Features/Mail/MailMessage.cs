namespace MassageCoverage.Web.Features.Mail;

/// <summary>
/// A message to one person. Subjects never carry health data or anything the person typed: a subject line is read on
/// lock screens and kept in mail servers' logs. A body says only what the person asked for (a link, a reminder they
/// chose), never more.
/// </summary>
public sealed record MailMessage(string To, string Subject, string Body);
