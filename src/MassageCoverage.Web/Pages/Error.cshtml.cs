using System.Diagnostics;
using MassageCoverage.Web.Hosting.Health;
using MassageCoverage.Web.Hosting.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages;

public enum ErrorKind { NotFound, Unavailable, Failure, TooManyAttempts, Unreadable, Other }

/// <summary>
/// One page for every error a person can meet: re-executed by the exception handler (no code) and by the status
/// code pages (<c>/error/404</c>). It answers GET and POST alike, because a failed form post lands here too.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public ErrorKind Kind { get; private set; }
    public int Code { get; private set; }
    public string? RequestId { get; private set; }

    /// <summary>What could not be read and why, when the request was refused before any page saw it.</summary>
    public UnreadableRequest? Unreadable { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        // Binding the code fails whole when a re-executed POST's form cannot be read; the route still holds it, and
        // without it every such error would read as "Page not found".
        code ??= int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var routed) ? routed : null;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        Unreadable = HttpContext.Features.Get<UnreadableRequest>();
        (Kind, Code) = (code, exception) switch
        {
            (null, not null) when DatabaseFailure.IsUnavailable(exception) => (ErrorKind.Unavailable, 503),
            (null, not null) => (ErrorKind.Failure, 500),
            (null, null) or (404, _) => (ErrorKind.NotFound, 404),
            (503, _) => (ErrorKind.Unavailable, 503),
            (429, _) => (ErrorKind.TooManyAttempts, 429),
            (400, _) when Unreadable is not null => (ErrorKind.Unreadable, 400),
            ( >= 500, _) => (ErrorKind.Failure, code.Value),
            _ => (ErrorKind.Other, code.Value),
        };
        Response.StatusCode = Code;
        if (Kind == ErrorKind.Unavailable)
        {
            Response.Headers.RetryAfter = "30";
        }
    }
}
