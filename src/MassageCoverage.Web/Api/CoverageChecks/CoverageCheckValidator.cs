using FluentValidation;
using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Catalog.Format;

namespace MassageCoverage.Web.Api.CoverageChecks;

/// <summary>
/// What makes a check answerable. An unknown plan code is not an error here: the engine answers it as indeterminate
/// (semantics step 1). <see cref="CoverageCheckRequest.AsOf"/> is filled with today before this runs.
/// </summary>
internal sealed class CoverageCheckValidator : AbstractValidator<CoverageCheckRequest>
{
    public const int MaxDiagnosisCodes = 12;
    public const int MaxVisits = 1000;
    public const int MaxAge = 120;
    public const int MaxMinutes = 480;
    private const string DateForm = $"Use a date in the form {IsoDate.Pattern}, such as 2026-03-15.";

    public CoverageCheckValidator()
    {
        RuleFor(r => r.PlanType)
            .Must(ApiTokens.IsValid<PlanType>)
            .WithMessage(r => string.IsNullOrWhiteSpace(r.PlanType)
                ? $"Choose the plan type: {ApiTokens.List<PlanType>()}."
                : $"{Quoted.Of(r.PlanType)} is not a plan type; use {ApiTokens.List<PlanType>()}.");

        RuleFor(r => r.State)
            .Must(s => string.IsNullOrWhiteSpace(s) || UsStates.Find(s) is not null)
            .WithMessage(r => ApiProblems.NotAState(r.State));
        RuleFor(r => r.State)
            .Must(s => !string.IsNullOrWhiteSpace(s)).When(r => Is(r, PlanType.Medicaid))
            .WithMessage("Medicaid coverage is set by each state: give the state's two-letter code.");

        RuleFor(r => r.PlanCode).MaximumLength(100).WithMessage("A plan code has at most 100 characters.");

        RuleFor(r => r.ServiceCode)
            .Must(c => string.IsNullOrWhiteSpace(c) || CptCodes.Find(c) is not null)
            .WithMessage(r => $"{Quoted.Of(r.ServiceCode)} is not a service code we know; use one of {string.Join(", ", CptCodes.All.Select(c => c.Code))}.");

        RuleFor(r => r.DiagnosisCodes)
            .Must(c => c is null || c.Count <= MaxDiagnosisCodes)
            .WithMessage($"Give at most {MaxDiagnosisCodes} diagnosis codes.");
        RuleForEach(r => r.DiagnosisCodes)
            .Custom((code, context) =>
            {
                if (!IcdCode.TryParse(code, out _, out var error))
                {
                    context.AddFailure(IcdText.Message(error));
                }
            })
            .When(r => r.DiagnosisCodes is null || r.DiagnosisCodes.Count <= MaxDiagnosisCodes);

        RuleFor(r => r.ProviderType)
            .Must(t => string.IsNullOrWhiteSpace(t) || ApiTokens.IsValid<ProviderType>(t))
            .WithMessage(r => $"{Quoted.Of(r.ProviderType)} is not a provider type; use {ApiTokens.List<ProviderType>()}.");

        RuleFor(r => r.VisitsUsed)
            .InclusiveBetween(0, MaxVisits)
            .WithMessage($"Give the visits already used this benefit year: a whole number from 0 to {MaxVisits}.");
        RuleFor(r => r.PatientAge)
            .InclusiveBetween(0, MaxAge)
            .WithMessage($"Give the patient's age in years, from 0 to {MaxAge}.");

        RuleFor(r => r.PooledVisitsUsed)
            .InclusiveBetween(0, MaxVisits)
            .WithMessage($"Give the visits of every pooled service used this benefit period: a whole number from 0 to {MaxVisits}, or null when unknown.");
        RuleFor(r => r.PlannedMinutes)
            .InclusiveBetween(1, MaxMinutes)
            .WithMessage($"Give the planned length of the session in minutes, from 1 to {MaxMinutes}, or null when unknown.");

        RuleFor(r => r.AsOf).Must(d => IsoDate.TryParseTrimmed(d, out _)).WithMessage(DateForm);
        RuleFor(r => r.ReferralDate)
            .Must(d => string.IsNullOrWhiteSpace(d) || IsoDate.TryParseTrimmed(d, out _)).WithMessage(DateForm)
            .DependentRules(() => RuleFor(r => r.ReferralDate)
                .Must((r, d) => !IsoDate.TryParseTrimmed(d, out var referral) || !IsoDate.TryParseTrimmed(r.AsOf, out var asOf) || referral <= asOf)
                .WithMessage(r => $"The referral is dated after the date of the visit ({Quoted.Text(r.AsOf)}): check both dates."));
    }

    private static bool Is(CoverageCheckRequest request, PlanType type) =>
        ApiTokens.TryParse<PlanType>(request.PlanType, out var given) && given == type;
}
