using FluentValidation;

namespace MassageCoverage.Web.Features.Import;

/// <summary>
/// The whole file. Every error is collected (none stops the others) so that one run lists everything to fix; each
/// failure's property name becomes its JSON path through <see cref="ImportError.JsonPath"/>.
/// </summary>
internal sealed class CatalogDocumentValidator : AbstractValidator<CatalogDocument>
{
    public CatalogDocumentValidator()
    {
        RuleFor(c => c).Must(c => c.Plans is not null || c.Medicaid is not null)
            .WithMessage("the file has neither a plans nor a medicaid array").OverridePropertyName("");
        RuleForEach(c => c.Plans).NotNull().WithMessage("must be a plan object, not null")
            .SetValidator(new PlanDocumentValidator());
        RuleForEach(c => c.Medicaid).NotNull().WithMessage("must be a state object, not null")
            .SetValidator(new MedicaidDocumentValidator());
        RuleFor(c => c.Plans).Custom(FileWideChecks.UniquePlanCodes).Custom(FileWideChecks.PlanVersions);
        RuleFor(c => c.Medicaid).Custom(FileWideChecks.UniqueStates).Custom(FileWideChecks.StateVersions);
    }

    public IReadOnlyList<ImportError> Check(CatalogDocument document) =>
        [.. Validate(document).Errors.Select(e => new ImportError(ImportError.JsonPath(e.PropertyName), e.ErrorMessage))];
}
