using System.Globalization;
using FluentValidation;
using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Check;

/// <summary>
/// Checks the answers against the catalog in force and today's date. Messages speak to the patient and name
/// the field's own words, because each one is shown beside its field.
/// </summary>
public sealed class CheckAnswersValidator : AbstractValidator<CheckAnswers>
{
    public CheckAnswersValidator(CoverageCatalog catalog, DateOnly today)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(a => a.Coverage)
            .NotEmpty().WithMessage("Choose the kind of coverage you have.")
            .Must(v => v == CoverageKinds.NotSure || CoverageKinds.ToPlanType(v) is not null)
            .WithMessage("Choose one of the kinds of coverage listed.")
            .NotEqual(CoverageKinds.NotSure).WithMessage("Choose one of the four kinds of coverage. " + CoverageKinds.CardHelp);

        RuleFor(a => a.State)
            .Must(s => UsStates.Find(s) is not null).When(a => !string.IsNullOrWhiteSpace(a.State))
            .WithMessage("Choose your state from the list.");
        RuleFor(a => a.State)
            .NotEmpty().When(a => a.Coverage == "medicaid")
            .WithMessage("Choose your state: each state runs its own Medicaid program.");

        RuleFor(a => a.Plan)
            .NotEmpty().When(a => CoverageKinds.NeedsPlan(a.Coverage))
            .WithMessage("Find your plan by its name or your insurer's, or choose \"My plan isn't listed\".");
        RuleFor(a => a.Plan)
            .Must((a, code) => code == CheckAnswers.NotListed || MatchesKind(catalog.FindPlan(code), a.Coverage))
            .When(a => CoverageKinds.NeedsPlan(a.Coverage) && !string.IsNullOrWhiteSpace(a.Plan))
            .WithMessage(a => catalog.FindPlan(a.Plan) is null
                ? "We do not know that plan. Search again, or choose \"My plan isn't listed\"."
                : "That plan is not the kind of coverage you chose above. Check both answers.");

        RuleFor(a => a.Diagnosis).Custom((value, context) =>
        {
            var answers = context.InstanceToValidate;
            if (CheckMapping.HasDiagnosis(answers, out var code, out var error) || code is null && error is null)
            {
                return;
            }

            context.AddFailure(nameof(CheckAnswers.Diagnosis), error!);
        });

        RuleFor(a => a.Provider)
            .Must(p => CoverageKinds.ToProviderType(p) is not null).WithMessage("Choose who will treat you.");
        RuleFor(a => a.Licensed).Must(Answer.IsValid).WithMessage("Answer yes, no or not sure.");
        RuleFor(a => a.InNetwork).Must(Answer.IsValid).WithMessage("Answer yes, no or not sure.");
        RuleFor(a => a.Referral).Must(Answer.IsValid).WithMessage("Answer yes, no or not sure.");
        RuleFor(a => a.PriorAuth).Must(Answer.IsValid).WithMessage("Answer yes, no or not sure.");

        RuleFor(a => a.ReferralDate)
            .Must(d => ParseDate(d) is not null).WithMessage("Enter the referral's date as year-month-day, for example 2026-03-15.")
            .Must(d => ParseDate(d) is not { } date || date <= today).WithMessage("The referral's date cannot be in the future.")
            .When(a => !string.IsNullOrWhiteSpace(a.ReferralDate));

        RuleFor(a => a.VisitsUsed)
            .Must(v => string.IsNullOrWhiteSpace(v) || ParseWhole(v) is >= 0 and <= 365)
            .WithMessage("Enter how many visits you have had this year, as a number from 0 to 365.");
        RuleFor(a => a.Age)
            .Must(v => string.IsNullOrWhiteSpace(v) || ParseWhole(v) is >= 0 and <= 120)
            .WithMessage("Enter your age in years, from 0 to 120, or leave it empty.");
    }

    private static bool MatchesKind(PlanEntry? plan, string? coverage) =>
        plan is not null && plan.PlanType == CoverageKinds.ToPlanType(coverage);

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    public static int? ParseWhole(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
