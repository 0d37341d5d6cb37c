using FluentValidation;
using MassageCoverage.Core.Appeals;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Pages.Account.Denials;

/// <summary>
/// What the denial form posts, every value as typed, so a mistake comes back beside its field with nothing lost.
/// The referral and saved check it links are ids the page offers from the patient's own records; the page checks
/// they are the patient's before saving (a posted id is never trusted).
/// </summary>
public sealed class DenialForm
{
    public string? NoticeDate { get; set; }
    public string? Insurer { get; set; }
    public string? PlanName { get; set; }
    public string? MemberId { get; set; }
    public string? Route { get; set; }
    public string? ClaimReference { get; set; }
    public string? Reason { get; set; }
    public string? InOwnWords { get; set; }
    public string? ServiceCode { get; set; }
    public string? ServiceDates { get; set; }
    public string? ReferralId { get; set; }
    public string? SavedCheckId { get; set; }
    public uint Version { get; set; }

    public static DenialForm From(Denial d) => new()
    {
        NoticeDate = IsoDate.Format(d.NoticeDate),
        Insurer = d.Insurer,
        PlanName = d.PlanName,
        MemberId = d.MemberId,
        Route = d.Route.ToString(),
        ClaimReference = d.ClaimReference,
        Reason = d.Reason.ToString(),
        InOwnWords = d.InOwnWords,
        ServiceCode = d.ServiceCode,
        ServiceDates = d.ServiceDates,
        ReferralId = d.ReferralId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SavedCheckId = d.SavedCheckId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Version = d.Version,
    };

    /// <summary>Copies a form that passed <see cref="Validator"/> onto the entity, with the links the page checked.</summary>
    public void ApplyTo(Denial d, long? referralId, long? savedCheckId)
    {
        d.NoticeDate = IsoDate.ParseTrimmed(NoticeDate)!.Value;
        d.Insurer = Insurer!.Trim();
        d.PlanName = Text.OrNull(PlanName);
        d.MemberId = Text.OrNull(MemberId);
        d.Route = Enum.Parse<AppealRoute>(Route!);
        d.ClaimReference = Text.OrNull(ClaimReference);
        d.Reason = Enum.Parse<DenialReason>(Reason!);
        d.InOwnWords = Text.OrNull(InOwnWords);
        d.ServiceCode = ServiceCode!.Trim();
        d.ServiceDates = Text.OrNull(ServiceDates);
        d.ReferralId = referralId;
        d.SavedCheckId = savedCheckId;
    }

    public static long? Id(string? text) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    public sealed class Validator : AbstractValidator<DenialForm>
    {
        public Validator(DateOnly today)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(x => x.NoticeDate).Must(d => IsoDate.ParseTrimmed(d) is not null).WithMessage(_ => AppealStrings.ErrorNoticeDate)
                .Must(d => IsoDate.ParseTrimmed(d) <= today).WithMessage(_ => AppealStrings.ErrorNoticeFuture);
            RuleFor(x => x.Insurer).NotEmpty().WithMessage(_ => AppealStrings.ErrorInsurer)
                .MaximumLength(200).WithMessage(_ => AppealStrings.ErrorTooLong200);
            RuleFor(x => x.PlanName).MaximumLength(200).WithMessage(_ => AppealStrings.ErrorTooLong200);
            RuleFor(x => x.MemberId).MaximumLength(64).WithMessage(_ => AppealStrings.ErrorMemberIdLong);
            RuleFor(x => x.Route).Must(r => Enum.TryParse<AppealRoute>(r, out var v) && Enum.IsDefined(v) && r == v.ToString())
                .WithMessage(_ => AppealStrings.ErrorRoute);
            RuleFor(x => x.ClaimReference).MaximumLength(100).WithMessage(_ => AppealStrings.ErrorReferenceLong);
            RuleFor(x => x.Reason).Must(r => Enum.TryParse<DenialReason>(r, out var v) && Enum.IsDefined(v) && r == v.ToString())
                .WithMessage(_ => AppealStrings.ErrorReason);
            RuleFor(x => x.InOwnWords).MaximumLength(Denial.OwnWordsMaxLength).WithMessage(_ => AppealStrings.ErrorOwnWordsLong);
            RuleFor(x => x.ServiceCode).Must(c => CptCodes.Find(c) is not null).WithMessage(_ => AppealStrings.ErrorServiceCode);
            RuleFor(x => x.ServiceDates).MaximumLength(200).WithMessage(_ => AppealStrings.ErrorTooLong200);
        }
    }
}

/// <summary>The model of the _DenialFields partial, shared by the new and edit pages.</summary>
public sealed record DenialFields(DenialForm Form, FormErrors Errors, DenialChoices Choices);

/// <summary>The patient's own referrals and saved checks a denial may cite, as the form's selects offer them.</summary>
public sealed record DenialChoices(IReadOnlyList<(long Id, string Label)> Referrals, IReadOnlyList<(long Id, string Label)> Checks);
