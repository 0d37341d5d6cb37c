using FluentValidation.Results;

namespace MassageCoverage.Web.Features.Accounts;

/// <summary>Errors keyed by field, in the order the form shows them; each is shown beside its field and in a summary.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);

    public int Count => _byField.Count;
    public IEnumerable<KeyValuePair<string, string>> All => _byField;

    public string? For(string field) => _byField.GetValueOrDefault(field);

    public void Add(string field, string message) => _byField.TryAdd(field, message);

    /// <summary>Adds every failure; true when there were none.</summary>
    public bool AddAll(ValidationResult result)
    {
        foreach (var failure in result.Errors)
        {
            Add(failure.PropertyName, failure.ErrorMessage);
        }

        return result.IsValid;
    }
}
