using System.Text.RegularExpressions;
using FluentValidation;
using MassageCoverage.Core;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>One plan and each of its rule versions.</summary>
internal sealed partial class PlanDocumentValidator : AbstractValidator<PlanDocument>
{
    public PlanDocumentValidator(DateOnly today)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(p => p.Code).NotEmpty().WithMessage("is required")
            .Length(3, 80).WithMessage("must be 3 to 80 characters")
            .Matches(Slug()).WithMessage("must be lowercase letters and digits joined by single hyphens, such as acme-ppo-gold");
        RuleFor(p => p.Insurer).NotEmpty().WithMessage("is required")
            .MaximumLength(200).WithMessage("must be at most 200 characters");
        RuleFor(p => p.Name).NotEmpty().WithMessage("is required")
            .MaximumLength(200).WithMessage("must be at most 200 characters");
        RuleFor(p => p.PlanType).Must(FormatTokens.PlanTypes.IsKnown)
            .WithMessage((_, type) => $"must be {FormatTokens.PlanTypes.Allowed.Replace(", ", " or ", StringComparison.Ordinal)}, not {Quoted.Of(type)}");
        RuleForEach(p => p.States).Must(s => UsStates.Find(s) is not null)
            .WithMessage((_, state) => $"{Quoted.Of(state)} is not the two-letter code of a US state or DC");
        RuleFor(p => p.NetworkType).Must(FormatTokens.NetworkTypes.IsKnown)
            .WithMessage((_, type) => $"must be one of {FormatTokens.NetworkTypes.Allowed}, not {Quoted.Of(type)}");
        RuleForEach(p => p.Rules).NotNull().WithMessage("must be a rule object, not null")
            .SetValidator(new RuleDocumentValidator(today));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
