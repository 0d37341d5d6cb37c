using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MassageCoverage.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Security;

/// <summary>
/// The data-protection keys in PostgreSQL, encrypted with a certificate made here (a PFX in a temp folder, as an
/// operator's openssl would make one). Each test has a database of its own, so it sees only the keys it caused.
/// </summary>
public class KeyProtectionTests : IAsyncLifetime
{
    private const string Warning = "Data-protection keys are stored in the database unencrypted";
    private TestDatabase _database = null!;
    private DirectoryInfo _folder = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _folder = Directory.CreateTempSubdirectory("massagecoverage-keys-");
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task With_a_certificate_a_new_key_is_stored_encrypted_and_the_app_reads_it_back()
    {
        var certificate = WriteCertificate("current.pfx", "a pfx password");
        var settings = Certificate(certificate, "a pfx password");
        string protectedText;
        await using (var first = await StartAsync(new AppFactory(_database.ConnectionString) { Settings = settings, EnvironmentName = "Production" }))
        {
            using var client = first.CreateClient();
            // Any form issues an antiforgery token, and with it the first key.
            Assert.True((await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative))).IsSuccessStatusCode);
            protectedText = Protector(first).Protect("kept secret");
            Assert.DoesNotContain(first.Logs.Lines, l => l.Contains(Warning, StringComparison.Ordinal));
        }

        var xml = Assert.Single(await KeysAsync());
        Assert.Contains("<EncryptedData", xml, StringComparison.Ordinal);
        Assert.Contains("EncryptedXmlDecryptor", xml, StringComparison.Ordinal);
        Assert.Contains("<X509Certificate>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);

        await using var second = await StartAsync(new AppFactory(_database.ConnectionString) { Settings = settings });
        Assert.Equal("kept secret", Protector(second).Unprotect(protectedText));
        Assert.Single(await KeysAsync());
    }

    [Fact]
    public async Task A_new_certificate_still_reads_keys_under_the_previous_one_while_it_is_listed()
    {
        var old = WriteCertificate("old.pfx", "old password");
        var replacement = WriteCertificate("new.pfx", "new password");
        string protectedText;
        await using (var before = await StartAsync(new AppFactory(_database.ConnectionString) { Settings = Certificate(old, "old password") }))
        {
            protectedText = Protector(before).Protect("kept secret");
        }

        var rotated = new Dictionary<string, string>(Certificate(replacement, "new password"))
        {
            ["DataProtection:PreviousCertificates:0:Path"] = old, ["DataProtection:PreviousCertificates:0:Password"] = "old password",
        };
        await using (var after = await StartAsync(new AppFactory(_database.ConnectionString) { Settings = rotated }))
        {
            Assert.Equal("kept secret", Protector(after).Unprotect(protectedText));
        }

        await using var forgotten = await StartAsync(new AppFactory(_database.ConnectionString) { Settings = Certificate(replacement, "new password") });
        Assert.ThrowsAny<CryptographicException>(() => Protector(forgotten).Unprotect(protectedText));
    }

    [Fact]
    public async Task In_Production_without_a_certificate_the_app_warns_once_at_start()
    {
        await using var production = await StartAsync(new AppFactory(_database.ConnectionString) { EnvironmentName = "Production" });
        using var client = production.CreateClient();
        await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.Single(production.Logs.Lines, l => l.Contains(Warning, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outside_Production_without_a_certificate_there_is_no_warning()
    {
        await using var testing = await StartAsync(new AppFactory(_database.ConnectionString));

        Assert.DoesNotContain(testing.Logs.Lines, l => l.Contains(Warning, StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Certificate(string path, string password) => new()
    {
        ["DataProtection:CertificatePath"] = path, ["DataProtection:CertificatePassword"] = password,
    };

    private static IDataProtector Protector(AppFactory factory) =>
        factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("KeyProtectionTests");

    private static async Task<AppFactory> StartAsync(AppFactory factory)
    {
        await factory.InitializeDatabaseAsync();
        return factory;
    }

    private string WriteCertificate(string name, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=MassageCoverage data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    private async Task<List<string>> KeysAsync()
    {
        await using var db = new MassageCoverage.Web.Data.CoverageDbContext(
            new DbContextOptionsBuilder<MassageCoverage.Web.Data.CoverageDbContext>().UseNpgsql(_database.ConnectionString).Options);
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }
}
