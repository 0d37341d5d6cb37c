using FluentValidation;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// The whole file. Every error is collected (none stops the others) so that one run lists everything to fix; each
/// failure's property name becomes its JSON path through <see cref="ImportError.JsonPath"/>.
/// </summary>
internal sealed class CatalogDocumentValidator : AbstractValidator<CatalogDocument>
{
    /// <param name="today">A "last verified" date after it is refused.</param>
    public CatalogDocumentValidator(DateOnly today)
    {
        RuleFor(c => c).Must(c => c.Plans is not null || c.Medicaid is not null)
            .WithMessage("the file has neither a plans nor a medicaid array").OverridePropertyName("");
        RuleForEach(c => c.Plans).NotNull().WithMessage("must be a plan object, not null")
            .SetValidator(new PlanDocumentValidator(today));
        RuleForEach(c => c.Medicaid).NotNull().WithMessage("must be a state object, not null")
            .SetValidator(new MedicaidDocumentValidator(today));
        RuleFor(c => c.Plans).Custom(FileWideChecks.UniquePlanCodes).Custom(FileWideChecks.PlanVersions);
        RuleFor(c => c.Medicaid).Custom(FileWideChecks.UniqueStates).Custom(FileWideChecks.StateVersions);
    }

    /// <summary>Every error, grouped by entry in file order (a stable sort keeps each entry's errors in field order).</summary>
    public IReadOnlyList<ImportError> Check(CatalogDocument document) =>
        [.. Validate(document).Errors
            .Select(e => (entry: EntryOrder(e.PropertyName), error: new ImportError(ImportError.JsonPath(e.PropertyName), e.ErrorMessage)))
            .OrderBy(x => x.entry.List).ThenBy(x => x.entry.Index)
            .Select(x => x.error)];

    private static (int List, int Index) EntryOrder(string propertyName)
    {
        var list = propertyName.StartsWith("Plans[", StringComparison.Ordinal) ? 1
            : propertyName.StartsWith("Medicaid[", StringComparison.Ordinal) ? 2 : 0;
        if (list == 0)
        {
            return (0, 0);
        }

        var open = propertyName.IndexOf('[', StringComparison.Ordinal) + 1;
        var close = propertyName.IndexOf(']', StringComparison.Ordinal);
        return (list, int.Parse(propertyName[open..close], System.Globalization.CultureInfo.InvariantCulture));
    }
}
