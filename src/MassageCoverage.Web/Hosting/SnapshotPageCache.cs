using System.Globalization;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace MassageCoverage.Web.Hosting;

/// <summary>
/// The rendered HTML of the public pages that are the same for every visitor and read only the catalog snapshot (home,
/// the Medicaid table), kept in memory for a visitor who is not signed in. An entry is the page for one address (query
/// string included), one catalog revision and one clinic day, so a committed rule change or midnight is a new entry,
/// never a stale page; an edit is visible as soon as the snapshot in memory has swapped. The answer page is not kept:
/// nearly every address is one patient's answers, so storing it cost a third more CPU per view for few hits, and
/// would hold diagnosis codes in memory for nothing. What a signed-in person sees (their account in the header) is
/// always rendered afresh, and so is any page that set a cookie or asked not to be stored (an antiforgery token). Bound
/// in size; entries expire after a minute. Each language has its own entries. A page kept here that comes to depend
/// on anything else of the request must add it to the key in <see cref="SnapshotPagePolicy.CacheRequestAsync"/>.
/// </summary>
internal static class SnapshotPageCache
{
    public const string Policy = "snapshot-page";

    /// <summary>Far more than the few addresses these pages have (the Medicaid table has four sort orders).</summary>
    public const long SizeLimitBytes = 16 * 1024 * 1024;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddSnapshotPageCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.SizeLimit = SizeLimitBytes;
            options.MaximumBodySize = 1024 * 1024;
            options.DefaultExpirationTimeSpan = Lifetime;
            options.AddPolicy(Policy, new SnapshotPagePolicy());
        });

    private sealed class SnapshotPagePolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var catalogs = http.RequestServices.GetRequiredService<CatalogProvider>();
            var anonymous = http.User.Identity?.IsAuthenticated != true && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
            var readable = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
            // Before the first snapshot the page itself loads one (or answers 503); nothing to key it by yet.
            if (!anonymous || !readable || catalogs.Revision is not { } revision)
            {
                context.EnableOutputCaching = false;
                return ValueTask.CompletedTask;
            }

            var today = http.RequestServices.GetRequiredService<ClinicClock>().Today;
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = true;
            context.AllowCacheStorage = true;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Lifetime;
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["catalog"] = revision.ToString(CultureInfo.InvariantCulture);
            context.CacheVaryByRules.VaryByValues["day"] = today.ToString("O", CultureInfo.InvariantCulture);
            // The language request localization chose (cookie, then Accept-Language) before this ran.
            context.CacheVaryByRules.VaryByValues["language"] = CultureInfo.CurrentUICulture.Name;
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            // A redirect back to the form, an error, a cookie or a "do not store" (antiforgery sets one) is never kept.
            if (response.StatusCode != StatusCodes.Status200OK
                || response.Headers.ContainsKey(HeaderNames.SetCookie)
                || response.Headers.CacheControl.Any(v => v?.Contains("no-store", StringComparison.OrdinalIgnoreCase) == true))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
