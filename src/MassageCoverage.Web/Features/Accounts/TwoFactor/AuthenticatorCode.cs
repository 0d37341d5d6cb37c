using System.Globalization;
using System.Text;
using QRCoder;

namespace MassageCoverage.Web.Features.Accounts.TwoFactor;

/// <summary>
/// What an authenticator app needs to know (RFC 6238 through Identity's authenticator token provider), shown as a QR
/// code the app draws itself (no outside service ever sees the secret) and as the key to type in by hand.
/// </summary>
public static class AuthenticatorCode
{
    public const string Issuer = "MassageCoverage";
    public const int RecoveryCodeCount = 10;

    /// <summary>App codes as people type them: "123 456", "123-456".</summary>
    public static string Normalize(string? code) =>
        NormalizeRecovery(code).Replace("-", "", StringComparison.Ordinal);

    /// <summary>Recovery codes keep their hyphen ("AB12C-DE34F"): Identity stores them with it, in capitals.</summary>
    public static string NormalizeRecovery(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    /// <summary>The Key URI Format that authenticator apps read from the QR code.</summary>
    public static string Uri(string email, string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6");

    /// <summary>A PNG data URI: the Content-Security-Policy admits data: images and nothing from elsewhere.</summary>
    public static string QrDataUri(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    /// <summary>"ABCD EFGH IJKL ...": easier to copy by hand than one run of 32 letters.</summary>
    public static string Grouped(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(grouped.Length == 0 ? "" : " ").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return grouped.ToString().ToUpperInvariant();
    }
}

/// <summary>Audit actions for an account's two-factor sign-in.</summary>
public static class TwoFactorAudit
{
    public const string On = "two-factor on";
    public const string Off = "two-factor off";
    public const string NewRecoveryCodes = "new recovery codes";
}
