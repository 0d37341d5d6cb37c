using System.Linq.Expressions;
using FluentValidation;
using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// One rule version on its own (its ranges, codes and dates); overlaps between versions are checked for the whole
/// file in <see cref="VersionOverlaps"/>, where every version of the owner is in view.
/// </summary>
internal sealed class RuleDocumentValidator : AbstractValidator<RuleDocument>
{
    private static readonly string KnownCpt = string.Join(", ", CptCodes.All.Select(c => c.Code));

    public RuleDocumentValidator(DateOnly today)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(r => r.ServiceCodes).NotEmpty().WithMessage("must list at least one CPT code, such as 97124");
        RuleForEach(r => r.ServiceCodes).Must(c => CptCodes.Find(c) is not null)
            .WithMessage((_, code) => $"{Quoted.Of(code)} is not a CPT code this product knows ({KnownCpt})");
        RuleFor(r => r.Covered).NotNull().WithMessage("is required: true or false");

        var ranges = WholeRanges();
        ranges[nameof(RuleDocument.MaxAge)].Must((r, max) => max is null || r.MinAge is null || max >= r.MinAge)
            .WithMessage("must be at least minAge");
        RuleFor(r => r.Copay).InclusiveBetween(0m, 10000m).WithMessage("must be between 0 and 10000")
            .PrecisionScale(7, 2, ignoreTrailingZeros: true).WithMessage("must have at most 2 decimal places");
        RuleFor(r => r.CoinsurancePercent).InclusiveBetween(0m, 100m).WithMessage("must be between 0 and 100")
            .PrecisionScale(5, 2, ignoreTrailingZeros: true).WithMessage("must have at most 2 decimal places");

        Token(r => r.Pathway, FormatTokens.Pathways, "a pathway");
        RuleFor(r => r.ProgramName).NotEmpty().When(r => Is(r.Pathway, RulePathway.ProgramEnrollment))
            .WithMessage("is required when pathway is programEnrollment: the program a patient must be enrolled in")
            .MaximumLength(200).WithMessage("must be at most 200 characters");
        RuleFor(r => r.ProgramName).Empty().Unless(r => Is(r.Pathway, RulePathway.ProgramEnrollment))
            .WithMessage("must be left out unless pathway is programEnrollment");
        RuleFor(r => r.VisitPool!).SetValidator(new VisitPoolValidator()).When(r => r.VisitPool is not null);
        RuleFor(r => r.VisitPool).Must((r, _) => r.MaxVisitsPerYear is not null).When(r => r.VisitPool is not null)
            .WithMessage("needs maxVisitsPerYear: the cap the pooled services share");
        Token(r => r.UnitRule, FormatTokens.UnitRules, "a unit rule");
        Token(r => r.BenefitPeriod, FormatTokens.BenefitPeriods, "a benefit period");
        ranges[nameof(RuleDocument.PlanYearStartMonth)].NotNull()
            .When(r => Is(r.BenefitPeriod, BenefitPeriodKind.PlanYear), ApplyConditionTo.CurrentValidator)
            .WithMessage("is required when benefitPeriod is planYear: the month (1-12) the plan year starts");
        RuleFor(r => r.PlanYearStartMonth).Null().Unless(r => Is(r.BenefitPeriod, BenefitPeriodKind.PlanYear))
            .WithMessage("must be left out unless benefitPeriod is planYear");

        RuleForEach(r => r.AllowedProviderTypes).Must(FormatTokens.ProviderTypes.IsKnown)
            .WithMessage((_, type) => $"{Quoted.Of(type)} is not a provider type ({FormatTokens.ProviderTypes.Allowed})");
        RuleForEach(r => r.CoveredDiagnosisPrefixes).Custom((prefix, context) =>
        {
            if (!IcdCode.TryParsePrefix(prefix, out _, out var error))
            {
                context.AddFailure(IcdText.Message(error));
            }
        });

        RuleFor(r => r.EffectiveFrom).NotEmpty().WithMessage("is required: the first day the version applies, yyyy-MM-dd")
            .Must(d => IsoDate.TryParse(d, out _)).WithMessage(DateMessage);
        RuleFor(r => r.EffectiveTo).Must(d => IsoDate.TryParse(d, out _)).WithMessage(DateMessage)
            .Must((r, to) => IsoDate.Parse(r.EffectiveFrom) is not { } from || IsoDate.Parse(to) >= from)
            .WithMessage("must be on or after effectiveFrom")
            .When(r => r.EffectiveTo is not null);
        RuleFor(r => r.Source).NotEmpty().WithMessage("is required on every rule: the citation or URL it was read from")
            .MaximumLength(500).WithMessage("must be at most 500 characters");
        RuleFor(r => r.LastVerified).Must(d => IsoDate.TryParse(d, out _)).When(r => r.LastVerified is not null)
            .WithMessage(DateMessage)
            .DependentRules(() => RuleFor(r => r.LastVerified).Must(d => NotAfter(d, today)).WithMessage(LastVerifiedFuture(today)));
        RuleFor(r => r.Notes).MaximumLength(2000).WithMessage("must be at most 2000 characters");
    }

    /// <summary>The range rule of each whole number with a <see cref="WholeRangeAttribute"/>, by name: a term's other checks chain onto it.</summary>
    private Dictionary<string, IRuleBuilderOptions<RuleDocument, int?>> WholeRanges()
    {
        var document = Expression.Parameter(typeof(RuleDocument), "r");
        return typeof(RuleDocument).GetProperties()
            .Select(p => (Property: p, Range: WholeRangeAttribute.Of(p.Name)))
            .Where(p => p.Range is not null)
            .ToDictionary(p => p.Property.Name, p => RuleFor(Expression.Lambda<Func<RuleDocument, int?>>(Expression.Property(document, p.Property), document))
                .InclusiveBetween(p.Range!.Min, p.Range.Max).WithMessage(p.Range.Message));
    }

    private void Token<T>(Expression<Func<RuleDocument, string?>> field, TokenSet<T> tokens, string what)
        where T : struct, Enum =>
        RuleFor(field).Must(token => token is null || tokens.IsKnown(token)).WithMessage((_, token) => $"{Quoted.Of(token)} is not {what} ({tokens.Allowed})");

    private static bool Is(string? token, RulePathway pathway) => Is(FormatTokens.Pathways, token, pathway);

    private static bool Is(string? token, BenefitPeriodKind period) => Is(FormatTokens.BenefitPeriods, token, period);

    /// <summary>True when <paramref name="token"/> is the word of <paramref name="value"/>, in any case.</summary>
    private static bool Is<T>(TokenSet<T> tokens, string? token, T value) where T : struct, Enum =>
        tokens.IsKnown(token) && tokens.Parse(token!).Equals(value);

    private static string DateMessage(RuleDocument rule, string? value) => $"{Quoted.Of(value)} is not a date in the form yyyy-MM-dd";

    /// <summary>A date not yet come cannot be when someone checked a source; a typo in the year usually is.</summary>
    internal static bool NotAfter(string? date, DateOnly today) => !IsoDate.TryParse(date, out var d) || d <= today;

    internal static string LastVerifiedFuture(DateOnly today) =>
        $"must not be after today ({IsoDate.Format(today)}): it is the day someone last checked the source";
}

/// <summary>A shared cap: named, with at least one other service, each once.</summary>
internal sealed class VisitPoolValidator : AbstractValidator<VisitPoolDocument>
{
    public VisitPoolValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(p => p.Name).NotEmpty().WithMessage("is required: what the plan calls the pool, such as rehab")
            .MaximumLength(100).WithMessage("must be at most 100 characters");
        RuleFor(p => p.Includes).NotEmpty()
            .WithMessage($"must list at least one service counted with massage ({FormatTokens.PooledServices.Allowed})")
            .Must(NoDuplicates).WithMessage("must name each service once");
        RuleForEach(p => p.Includes).Must(FormatTokens.PooledServices.IsKnown)
            .WithMessage((_, s) => $"{Quoted.Of(s)} is not a pooled service ({FormatTokens.PooledServices.Allowed})");
    }

    private static bool NoDuplicates(IReadOnlyList<string?>? includes) =>
        includes is null || includes.Where(FormatTokens.PooledServices.IsKnown)
            .Select(s => FormatTokens.PooledServices.Parse(s!)).Distinct().Count() == includes.Count(FormatTokens.PooledServices.IsKnown);
}
