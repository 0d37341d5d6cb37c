using System.Text.Json;
using FluentValidation.Results;
using MassageCoverage.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MassageCoverage.Web.Api;

/// <summary>
/// RFC 9457 problem details for the API. A 400 carries an <c>errors</c> map keyed by the field as the client wrote
/// it in camelCase: <c>state</c>, <c>diagnosisCodes[0]</c>.
/// </summary>
internal static class ApiProblems
{
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Invalid(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return TypedResults.ValidationProblem(Errors(result));
    }

    /// <summary>The errors map of a failed validation, keyed by camelCase field.</summary>
    public static Dictionary<string, string[]> Errors(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors
            .GroupBy(e => FieldName(e.PropertyName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);

    public static string NotAState(string? code) =>
        $"{Quoted.Of(code)} is not the code of a US state; use a two-letter code such as CO or DC.";

    /// <summary>"DiagnosisCodes[0]" becomes "diagnosisCodes[0]", as the JSON names it.</summary>
    public static string FieldName(string propertyName) => JsonNamingPolicy.CamelCase.ConvertName(propertyName);
}
