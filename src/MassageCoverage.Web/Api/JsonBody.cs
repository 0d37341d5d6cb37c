using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

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
        + "(yyyy-MM-dd) are strings, and diagnosisCodes is an array of strings.";

    public static async Task<JsonBody<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return new(null, TypedResults.Problem(
                "Send the body as JSON, with the header Content-Type: application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        }

        try
        {
            var value = await request.ReadFromJsonAsync<T>(cancellationToken);
            return value is not null ? new(value, null) : new(null, ApiProblems.Invalid(BodyField, "Send a JSON object, not null."));
        }
        catch (JsonException e)
        {
            var where = $"line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}";
            return new(null, ApiProblems.Invalid(Field(e.Path), $"This is not valid JSON, or a value has the wrong type ({where}): {Types}"));
        }
        catch (BadHttpRequestException e)
        {
            return new(null, TypedResults.Problem(e.Message, statusCode: e.StatusCode, title: "The request body could not be read"));
        }
    }

    /// <summary>"$.visitsUsed" is the field visitsUsed; "$" (or a path we cannot name) is the whole body.</summary>
    private static string Field(string? path)
    {
        var field = path is not null && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "";
        return field.Length == 0 ? BodyField : ApiProblems.FieldName(field);
    }
}
