using FluentValidation.Results;

namespace MassageCoverage.Web;

/// <summary>Errors keyed by field, in the order the form shows them; each is shown beside its field and in a summary.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);

    public int Count => _byField.Count;
    public IEnumerable<KeyValuePair<string, string>> All => _byField;

    public string? For(string field) => _byField.GetValueOrDefault(field);

    public void Add(string field, string message) => _byField.TryAdd(field, message);

    /// <summary>Adds every failure of a validator written for the form itself; true when there were none.</summary>
    public bool AddAll(ValidationResult result)
    {
        foreach (var failure in result.Errors)
        {
            Add(failure.PropertyName, failure.ErrorMessage);
        }

        return result.IsValid;
    }

    /// <summary>
    /// Puts the import validators' failures beside a staff form's fields: a path such as <c>serviceCodes[1]</c> names
    /// the form field <c>ServiceCodes</c>, and the import's message ("must be between 1 and 365") follows the field's
    /// label. True when the form has no error at all, these or earlier ones.
    /// </summary>
    public bool AddAll(ValidationResult result, IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var failure in result.Errors)
        {
            var field = failure.PropertyName.Split('[', '.')[0];
            var label = labels.GetValueOrDefault(field, field);
            Add(field, $"{label} {failure.ErrorMessage}".Replace(" ' ", " ", StringComparison.Ordinal));
        }

        return Count == 0;
    }
}
