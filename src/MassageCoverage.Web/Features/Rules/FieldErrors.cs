using FluentValidation.Results;
using MassageCoverage.Web.Features.Accounts;

namespace MassageCoverage.Web.Features.Rules;

/// <summary>
/// Puts the import validators' failures beside the staff form's fields: a path such as <c>serviceCodes[1]</c> names
/// the form field <c>ServiceCodes</c>, and the import's message ("must be between 1 and 365") follows the label.
/// </summary>
internal static class FieldErrors
{
    public static bool AddAll(FormErrors errors, ValidationResult result, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var failure in result.Errors)
        {
            var field = failure.PropertyName.Split('[', '.')[0];
            var label = labels.GetValueOrDefault(field, field);
            errors.Add(field, $"{label} {failure.ErrorMessage}".Replace(" ' ", " ", StringComparison.Ordinal));
        }

        return errors.Count == 0;
    }

    /// <summary>Comma or space separated values, blanks dropped.</summary>
    public static List<string?> List(string? text) =>
        [.. (text ?? "").Split([',', ' ', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
