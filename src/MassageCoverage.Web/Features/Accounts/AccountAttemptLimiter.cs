using System.Threading.RateLimiting;

namespace MassageCoverage.Web.Features.Accounts;

/// <summary>
/// Limits keyed by account rather than by client address: sign-in attempts per email (so guessing one account's
/// password is slow from any number of addresses) and messages per address (so the forms cannot flood a mailbox).
/// Per-address limits on the forms themselves are <see cref="AccountSetup"/>'s; together they let the patients behind
/// one clinic router sign in without sharing one small allowance.
/// </summary>
public sealed class AccountAttemptLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _signIns;
    private readonly PartitionedRateLimiter<string> _emails;

    public AccountAttemptLimiter(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _signIns = PerKey(configuration.GetValue("RateLimits:SignInPerAccountPerMinute", 10), TimeSpan.FromMinutes(1));
        _emails = PerKey(configuration.GetValue("RateLimits:EmailsPerAddressPerHour", 6), TimeSpan.FromHours(1));
    }

    /// <summary>False with the wait when this email has had its sign-in attempts for now.</summary>
    public bool TrySignIn(string email, out TimeSpan retryAfter) => TryAcquire(_signIns, email, out retryAfter);

    public bool TryEmail(string address) => TryAcquire(_emails, address, out _);

    public void Dispose()
    {
        _signIns.Dispose();
        _emails.Dispose();
    }

    private static bool TryAcquire(PartitionedRateLimiter<string> limiter, string key, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(Normalize(key));
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return lease.IsAcquired;
    }

    private static string Normalize(string key) => key.Trim().ToUpperInvariant();

    private static PartitionedRateLimiter<string> PerKey(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0 }));
}
