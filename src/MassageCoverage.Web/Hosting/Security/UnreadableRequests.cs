using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace MassageCoverage.Web.Hosting.Security;

/// <summary>Why a request was refused before any page saw it; the error page says it in plain words.</summary>
public sealed record UnreadableRequest(UnreadablePart What, UnreadableReason Reason);

/// <summary>The part of a request that could not be read.</summary>
public enum UnreadablePart
{
    Address,
    Form,
    Connection,
}

/// <summary>Why it could not be read.</summary>
public enum UnreadableReason
{
    /// <summary>It holds a character that cannot be sent (a NUL, which PostgreSQL refuses in text).</summary>
    Unsendable,
    TooLarge,
    TooManyFields,
    ValueTooLong,
    Broken,
    ClientGone,
}

/// <summary>
/// Reads a posted form once, before antiforgery and model binding do, and refuses with a 400 one that cannot be read
/// (too many fields, a value too long, a broken multipart body) or that holds a NUL, which PostgreSQL refuses in text.
/// Left to the framework, the antiforgery filter answered 400 and the error page, re-executed as a POST, failed to
/// read the same form, lost its status code in model binding and said "Page not found".
/// </summary>
internal static partial class UnreadableRequests
{
    /// <summary>The client reset the connection or stopped sending mid-body: not a form to judge.</summary>
    private static readonly UnreadableRequest ClientGone = new(UnreadablePart.Connection, UnreadableReason.ClientGone);

    public static IApplicationBuilder UseUnreadableRequestRefusal(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var refusal = await RefusalAsync(context);
            if (refusal is null)
            {
                await next();
                return;
            }

            if (refusal == ClientGone)
            {
                // Nobody is left to read an error page; the request log notes the 499 at Information.
                context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
                context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
                context.Abort();
                return;
            }

            // What the error page reads instead of the form it could not read either.
            context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            context.Features.Set(refusal);
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UnreadableRequests));
            Log(logger, refusal.What, refusal.Reason);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        });

    private static async Task<UnreadableRequest?> RefusalAsync(HttpContext context)
    {
        var request = context.Request;
        // The API answers every bad body with its own problem details.
        if (request.Path.StartsWithSegments(Api.ApiSetup.Prefix))
        {
            return null;
        }

        if (HasNul(request.Path.Value) || request.Query.Any(q => HasNul(q.Key) || q.Value.Any(HasNul)))
        {
            return new(UnreadablePart.Address, UnreadableReason.Unsendable);
        }

        // Only a request that reached a page is read: an unknown address or a refused sign-in reads nothing.
        if (!request.HasFormContentType || context.GetEndpoint() is null)
        {
            return null;
        }

        try
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            return form.Any(f => HasNul(f.Key) || f.Value.Any(HasNul)) || form.Files.Any(f => HasNul(f.FileName) || HasNul(f.Name))
                ? new(UnreadablePart.Form, UnreadableReason.Unsendable)
                : null;
        }
        catch (InvalidDataException e)
        {
            return new(UnreadablePart.Form, Reason(e.Message));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new(UnreadablePart.Form, UnreadableReason.TooLarge);
        }
        catch (Exception e) when (IsClientGone(context, e))
        {
            return ClientGone;
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException)
        {
            return new(UnreadablePart.Form, UnreadableReason.Broken);
        }
    }

    /// <summary>The framework's form readers say which limit they hit only in their message.</summary>
    private static UnreadableReason Reason(string message) =>
        message.Contains("body length limit", StringComparison.OrdinalIgnoreCase) ? UnreadableReason.TooLarge
        : message.Contains("count limit", StringComparison.OrdinalIgnoreCase) ? UnreadableReason.TooManyFields
        : message.Contains("length limit", StringComparison.OrdinalIgnoreCase) ? UnreadableReason.ValueTooLong
        : message.Contains("invalid characters", StringComparison.OrdinalIgnoreCase) ? UnreadableReason.Unsendable
        : UnreadableReason.Broken;

    /// <summary>
    /// A reset, or a body that ended before its length: Kestrel can report either before it cancels RequestAborted,
    /// so the token alone would leave the request to the exception handler as a 500.
    /// </summary>
    private static bool IsClientGone(HttpContext context, Exception e) =>
        context.RequestAborted.IsCancellationRequested
        || e is OperationCanceledException or Microsoft.AspNetCore.Connections.ConnectionResetException
        || e is BadHttpRequestException bad && bad.Message.StartsWith("Unexpected end of request content", StringComparison.Ordinal);

    private static bool HasNul(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Request refused: its {What} could not be read ({Reason})")]
    private static partial void Log(ILogger logger, UnreadablePart what, UnreadableReason reason);
}
