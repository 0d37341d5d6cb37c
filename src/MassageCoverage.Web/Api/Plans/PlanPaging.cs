using System.Buffers.Text;
using System.Text;
using Microsoft.Extensions.Primitives;
using Microsoft.OpenApi;

namespace MassageCoverage.Web.Api.Plans;

/// <summary>
/// The paging of GET /api/v1/plans: an opaque cursor (the base64url of the last plan code a page showed) and the
/// RFC 8288 Link header that carries it. A cursor names a code, not a position, so the next page still starts in the
/// right place after plans were added or removed in between.
/// </summary>
internal static class PlanPaging
{
    /// <summary>Longer than any plan code: a longer cursor was not made here.</summary>
    private const int MaxCodeLength = 200;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Cursor(string lastCode) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastCode));

    /// <summary>The plan code a cursor continues after; false when it is not one this API gives.</summary>
    public static bool TryReadCursor(string cursor, out string? lastCode)
    {
        lastCode = null;
        if (cursor.Length == 0 || cursor.Length > Base64Url.GetEncodedLength(MaxCodeLength) || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        try
        {
            var code = StrictUtf8.GetString(Base64Url.DecodeFromChars(cursor));
            if (code.Length == 0 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }

            lastCode = code;
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// The Link header: the first page, and the next while there is one; each keeps the request's query, state and
    /// limit, so following it asks the same question.
    /// </summary>
    public static StringValues LinkHeader(HttpRequest request, string? nextCursor)
    {
        ArgumentNullException.ThrowIfNull(request);
        var first = $"<{PageUrl(request, null)}>; rel=\"first\"";
        return nextCursor is null ? first : $"<{PageUrl(request, nextCursor)}>; rel=\"next\", {first}";
    }

    private static string PageUrl(HttpRequest request, string? cursor)
    {
        var kept = new List<KeyValuePair<string, string?>>();
        foreach (var name in (ReadOnlySpan<string>)["query", "state", "limit"])
        {
            if (request.Query.TryGetValue(name, out var value) && value.Count > 0)
            {
                kept.Add(new(name, value[^1]));
            }
        }

        if (cursor is not null)
        {
            kept.Add(new("cursor", cursor));
        }

        return $"{request.PathBase}{request.Path}{QueryString.Create(kept)}";
    }

    /// <summary>Says in the OpenAPI document that a page's 200 carries the Link header.</summary>
    public static void DescribeLinkHeader(OpenApiOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.OrdinalIgnoreCase);
            response.Headers["Link"] = new OpenApiHeader
            {
                Description = "RFC 8288 links: rel=\"first\" always, rel=\"next\" while more plans follow.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
    }
}
