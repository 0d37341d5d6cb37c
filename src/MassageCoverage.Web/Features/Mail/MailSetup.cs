namespace MassageCoverage.Web.Features.Mail;

public static class MailSetup
{
    /// <summary>The queue, its worker and the transport the configuration names: SMTP when <c>Email:Smtp:Host</c> is set.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions();
        services.AddSingleton(options);
        services.AddSingleton<MailSignal>();
        services.AddScoped<Mailer>();
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            services.AddSingleton<IMailTransport, OutboxMailTransport>();
        }
        else
        {
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }

        services.AddSingleton<MailWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<MailWorker>());
        return services;
    }
}
