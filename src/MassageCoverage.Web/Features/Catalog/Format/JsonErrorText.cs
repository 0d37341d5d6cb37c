using System.Text.Json;
using MassageCoverage.Core;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>Turns a parser exception into a sentence without .NET type names, keeping the line and position.</summary>
internal static class JsonErrorText
{
    public static string Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            message = "the value has the wrong type for this field (text, number, true/false, list or object)";
        }
        else if (message.StartsWith("The JSON property '", StringComparison.Ordinal)
            && message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            message = $"unknown property {Quoted.Of(message.Split('\'')[1])} (names are camelCase, as in the export)";
        }
        else if (message.StartsWith("Duplicate property '", StringComparison.Ordinal))
        {
            message = $"property {Quoted.Of(message.Split('\'')[1])} appears twice in one object";
        }

        var where = exception.LineNumber is { } line
            ? $" (line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1})"
            : "";
        return $"invalid JSON: {message.TrimEnd('.')}{where}";
    }
}
