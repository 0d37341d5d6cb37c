using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using MassageCoverage.Core;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MassageCoverage.Web.Api;

/// <summary>A request body read as JSON, or the problem to answer instead: never an exception that becomes a 500.</summary>
internal sealed class JsonBody<T>(T? value, IResult? problem) where T : class
{
    public T? Value { get; } = value;

    public IResult? Problem { get; } = problem;

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsRead => Value is not null;
}

/// <summary>
/// Reads the body ourselves rather than through the binder, whose failures would end as an empty 400 (re-executed
/// into the HTML error page) instead of a problem that names the field.
/// </summary>
internal static class JsonBody
{
    public const string BodyField = "body";

    private const string Types = "answers are true, false or null (unknown), counts are whole numbers, codes and dates "
        + "(" + IsoDate.Pattern + ") are strings, and diagnosisCodes is an array of strings.";

    public static async Task<JsonBody<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsUtf8Json(request.ContentType))
        {
            return new(null, TypedResults.Problem(Unsupported(request.ContentType),
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        }

        // The route group's limit (RequestSizeLimit metadata); Kestrel enforces it too, but only once the body is
        // read, and a server without that feature (or a chunked body, which has no length to refuse up front) would
        // otherwise be read to its end.
        var limit = request.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (limit is { } max && request.ContentLength > max)
        {
            return new(null, TooLarge(max));
        }

        try
        {
            var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            T? value;
            if (limit is { } most)
            {
                var bytes = await ReadAtMostAsync(request.Body, most, cancellationToken);
                if (bytes is null)
                {
                    return new(null, TooLarge(most));
                }

                value = JsonSerializer.Deserialize<T>(bytes, options);
            }
            else
            {
                value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken);
            }

            return value is not null ? new(value, null) : new(null, ApiProblems.Invalid(BodyField, "Send a JSON object, not null."));
        }
        catch (JsonException e)
        {
            var where = $"line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}";
            return new(null, ApiProblems.Invalid(Field(e.Path), $"This is not valid JSON, or a value has the wrong type ({where}): {Types}"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && limit is { } most)
        {
            return new(null, TooLarge(most));
        }
        catch (BadHttpRequestException e)
        {
            return new(null, TypedResults.Problem(e.Message, statusCode: e.StatusCode, title: "The request body could not be read"));
        }
    }

    /// <summary>What a 415 says, here and where routing refuses a media type before any endpoint runs.</summary>
    public static string Unsupported(string? contentType)
    {
        var sent = string.IsNullOrWhiteSpace(contentType) ? "no Content-Type" : $"Content-Type {Quoted.Of(contentType)}";
        return $"The body was sent with {sent}. Send it as JSON in UTF-8, with the header Content-Type: application/json.";
    }

    /// <summary>
    /// JSON, and in UTF-8 when a charset is named: RFC 8259 section 8.1 asks for UTF-8, and an unknown charset would
    /// otherwise fail deep in the reader.
    /// </summary>
    private static bool IsUtf8Json(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type)
            || !(type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase) && type.Type.Equals("application", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var charset = type.Charset;
        return !charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<byte[]?> ReadAtMostAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(long max) => TypedResults.Problem(
        $"The body is larger than {max / 1024} KB, the most this endpoint takes.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large");

    /// <summary>"$.visitsUsed" is the field visitsUsed; "$" (or a path we cannot name) is the whole body.</summary>
    private static string Field(string? path)
    {
        var field = path is not null && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "";
        return field.Length == 0 ? BodyField : ApiProblems.FieldName(field);
    }
}
