using System.Security.Cryptography.X509Certificates;
using MassageCoverage.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace MassageCoverage.Web.Hosting.Security;

/// <summary>
/// The data-protection keys (which sign cookies and antiforgery tokens) live in PostgreSQL so that every instance
/// shares them. Whoever reads that table could forge a sign-in, so with <c>DataProtection:CertificatePath</c> set
/// each key is encrypted with that certificate before it is stored. Keys written under an earlier certificate stay
/// readable while it is listed under <c>DataProtection:PreviousCertificates</c>, which is how a certificate rotates.
/// </summary>
internal static partial class KeyProtection
{
    public const string Section = "DataProtection";

    public static IServiceCollection AddKeyProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var keys = services.AddDataProtection().SetApplicationName("MassageCoverage").PersistKeysToDbContext<CoverageDbContext>();
        var section = configuration.GetSection(Section);
        var current = Load(section["CertificatePath"], section["CertificatePassword"]);
        if (current is null)
        {
            if (environment.IsProduction())
            {
                services.AddHostedService<UnprotectedKeysWarning>();
            }

            return services;
        }

        var previous = section.GetSection("PreviousCertificates").GetChildren().Select(c => Load(c["Path"], c["Password"])).OfType<X509Certificate2>();
        // The current certificate is listed too: on Linux no certificate store holds it, and decrypting a key looks
        // only in the store and in this list.
        keys.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([current, .. previous]);
        return services;
    }

    private static X509Certificate2? Load(string? path, string? password) =>
        string.IsNullOrWhiteSpace(path)
            ? null
            : X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);

    /// <summary>Says once, as the app starts, that the keys go to the database in the clear.</summary>
    private sealed partial class UnprotectedKeysWarning(ILogger<UnprotectedKeysWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogUnprotected();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning,
            Message = "Data-protection keys are stored in the database unencrypted: set DataProtection__CertificatePath and DataProtection__CertificatePassword")]
        private partial void LogUnprotected();
    }
}
