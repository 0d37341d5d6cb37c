using FluentValidation;
using MassageCoverage.Core;
using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// One state's criteria and its rule versions: no rule while the form is unknown, and every version of the form the
/// criteria state (<see cref="FormAgreement"/>), so what a person reads and what a check applies never differ.
/// </summary>
internal sealed class MedicaidDocumentValidator : AbstractValidator<MedicaidDocument>
{
    public MedicaidDocumentValidator(DateOnly today)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(m => m.State).Must(s => UsStates.Find(s) is not null)
            .WithMessage((_, state) => $"{Quoted.Of(state)} is not the two-letter code of a US state or DC");
        RuleFor(m => m.Program).MaximumLength(200).WithMessage("must be at most 200 characters");
        RuleFor(m => m.CoverageForm).Must(FormatTokens.CoverageForms.IsKnown)
            .WithMessage((_, form) => $"must be one of {FormatTokens.CoverageForms.Allowed}, not {Quoted.Of(form)}")
            .Custom((_, context) =>
            {
                if (FormAgreement.Disagreement(context.InstanceToValidate) is { } disagreement)
                {
                    context.AddFailure(disagreement);
                }
            });
        RuleFor(m => m.Populations).MaximumLength(1000).WithMessage("must be at most 1000 characters");
        RuleFor(m => m.Note).MaximumLength(1000).WithMessage("must be at most 1000 characters");
        // docs/domain.md section 4: a known form is a fact and carries its source; unknown may have none.
        RuleFor(m => m.Source).NotEmpty()
            .When(m => FormatTokens.CoverageForms.IsKnown(m.CoverageForm) && !IsUnknown(m), ApplyConditionTo.CurrentValidator)
            .WithMessage("is required unless coverageForm is unknown: the citation or URL the criteria come from")
            .MaximumLength(500).WithMessage("must be at most 500 characters");
        RuleFor(m => m.LastVerified).Must(d => IsoDate.TryParse(d, out _)).When(m => m.LastVerified is not null)
            .WithMessage((_, value) => $"{Quoted.Of(value)} is not a date in the form yyyy-MM-dd")
            .DependentRules(() => RuleFor(m => m.LastVerified).Must(d => RuleDocumentValidator.NotAfter(d, today)).WithMessage(RuleDocumentValidator.LastVerifiedFuture(today)));

        RuleFor(m => m.Rule).Null().When(m => m.Rules is not null)
            .WithMessage("give either rule or rules, not both");
        RuleFor(m => m.Rule).Null().When(IsUnknown).WithMessage("must be absent while coverageForm is unknown");
        RuleFor(m => m.Rules).Empty().When(IsUnknown).WithMessage("must be empty while coverageForm is unknown");
        RuleFor(m => m.Rule!).SetValidator(new RuleDocumentValidator(today));
        RuleForEach(m => m.Rules).NotNull().WithMessage("must be a rule object, not null")
            .SetValidator(new RuleDocumentValidator(today));
    }

    private static bool IsUnknown(MedicaidDocument m) =>
        FormatTokens.CoverageForms.IsKnown(m.CoverageForm) && FormatTokens.CoverageForms.Parse(m.CoverageForm!) == CoverageForm.Unknown;
}
