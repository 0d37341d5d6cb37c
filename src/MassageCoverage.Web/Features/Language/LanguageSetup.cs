using System.Text.Encodings.Web;
using System.Text.Unicode;
using MassageCoverage.Core;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace MassageCoverage.Web.Features.Language;

/// <summary>
/// Request localization: the language chosen with the header's link (a cookie, and the account's own setting for
/// someone signed in, which sign-in puts back into the cookie), else the browser's Accept-Language on a first visit,
/// else English. Every response says its language (Content-Language).
/// </summary>
public static class LanguageSetup
{
    /// <summary>How long the choice is remembered in the browser.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    public static IServiceCollection AddLanguages(this IServiceCollection services) => services
        // Pages write "¿Mi plan pagará…?" as it reads, not as character references; what HTML gives meaning to (<, &,
        // quotes) is still encoded.
        .AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All))
        .Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Languages.EnglishCulture);
            options.SupportedCultures = [.. Languages.Cultures];
            options.SupportedUICultures = [.. Languages.Cultures];
            options.ApplyCurrentCultureToResponseHeaders = true;
            options.RequestCultureProviders =
            [
                new ConsoleProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageProvider(),
            ];
        });

    public static IApplicationBuilder UseLanguages(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>
    /// Model binding's messages in the reader's language, read when a value is bound: a value that cannot be read is
    /// quoted (at most 64 characters, without control characters), never echoed whole.
    /// </summary>
    public static void UseLanguagesInModelBinding(this MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => Words.Format(SiteStrings.BindingInvalidFor, Quoted.Of(value), field));
        messages.SetMissingBindRequiredValueAccessor(field => Words.Format(SiteStrings.BindingMissing, field));
        messages.SetMissingKeyOrValueAccessor(() => SiteStrings.BindingRequired);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => SiteStrings.BindingBodyRequired);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => Words.Format(SiteStrings.BindingInvalid, Quoted.Of(value)));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => SiteStrings.BindingUnknown);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => SiteStrings.BindingNumber);
        messages.SetUnknownValueIsInvalidAccessor(field => Words.Format(SiteStrings.BindingUnknownFor, field));
        messages.SetValueIsInvalidAccessor(value => Words.Format(SiteStrings.BindingInvalid, Quoted.Of(value)));
        messages.SetValueMustBeANumberAccessor(field => Words.Format(SiteStrings.BindingNumberFor, field));
        messages.SetValueMustNotBeNullAccessor(value => Words.Format(SiteStrings.BindingInvalid, Quoted.Of(value)));
    }

    /// <summary>
    /// <c>GET /language/es?returnUrl=/check</c>: the header's link, a plain link so it works without JavaScript. It
    /// remembers the choice and goes back to the page it was chosen on (an address of this site only).
    /// </summary>
    public static IEndpointRouteBuilder MapLanguages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/language/{language}", async (string language, string? returnUrl, HttpContext context,
            UserManager<AppUser> users) =>
        {
            if (Languages.CultureOf(language) is not { } culture || language.Length != 2)
            {
                return Results.NotFound();
            }

            Remember(context, Languages.Of(culture));
            if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user
                && user.Language != Languages.Of(culture))
            {
                user.Language = Languages.Of(culture);
                await users.UpdateAsync(user);
            }

            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Puts the language in the cookie request localization reads first.</summary>
    public static void Remember(HttpContext context, string? language)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Languages.CultureOf(language) is not { } culture)
        {
            return;
        }

        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow + Remembered,
                HttpOnly = true,
                IsEssential = true,
                SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
    }

    /// <summary>The header's link to the other language, back to this very page.</summary>
    public static string SwitchLink(HttpContext context, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        var here = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        return $"/language/{language}?returnUrl={Uri.EscapeDataString(here.ToString())}";
    }

    // Local means a path on this site: "/x", never "//host" or "/\host", which browsers read as another site.
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains('\0', StringComparison.Ordinal);

    /// <summary>Whether a page is one of the staff and admin consoles, which are written in English only.</summary>
    public static bool IsConsole(PathString path) => path.StartsWithSegments("/staff") || path.StartsWithSegments("/admin");

    /// <summary>
    /// The consoles are English whatever the reader chose, so their pages never mix the two languages (and say
    /// lang="en" truthfully); the shared partials they use speak the page's language.
    /// </summary>
    private sealed class ConsoleProvider : RequestCultureProvider
    {
        private static readonly Task<ProviderCultureResult?> English = Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(Languages.EnglishCulture.Name));

        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            return IsConsole(httpContext.Request.Path) ? English : NullProviderCultureResult;
        }
    }

    /// <summary>
    /// The browser's languages in the order of their weights, the first English or Spanish one of any region
    /// ("es-MX" reads the site in US Spanish, "en-GB" in US English).
    /// </summary>
    private sealed class AcceptLanguageProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            if (!httpContext.Request.Headers.ContainsKey(HeaderNames.AcceptLanguage))
            {
                return NullProviderCultureResult;
            }

            var languages = httpContext.Request.GetTypedHeaders().AcceptLanguage;
            foreach (var language in languages.Where(l => (l.Quality ?? 1) > 0).OrderByDescending(l => l.Quality ?? 1))
            {
                if (Languages.CultureOf(language.Value.Value) is { } culture)
                {
                    return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture.Name));
                }
            }

            return NullProviderCultureResult;
        }
    }
}
