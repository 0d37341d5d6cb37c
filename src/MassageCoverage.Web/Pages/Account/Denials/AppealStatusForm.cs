using FluentValidation;
using MassageCoverage.Core.Appeals;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Pages.Account.Denials;

/// <summary>Where the appeal stands, as the details page's small form posts it. A sent appeal has its date; a decided one its date and outcome.</summary>
public sealed class AppealStatusForm
{
    public string? Status { get; set; }
    public string? SentOn { get; set; }
    public string? DecidedOn { get; set; }
    public string? Outcome { get; set; }
    public uint Version { get; set; }

    public static AppealStatusForm From(Denial d) => new()
    {
        Status = d.Status.ToString(),
        SentOn = IsoDate.Format(d.SentOn),
        DecidedOn = IsoDate.Format(d.DecidedOn),
        Outcome = d.Outcome?.ToString(),
        Version = d.Version,
    };

    public void ApplyTo(Denial d)
    {
        d.Status = Enum.Parse<AppealStatus>(Status!);
        var sent = d.Status is AppealStatus.Sent or AppealStatus.Decided;
        var decided = d.Status == AppealStatus.Decided;
        d.SentOn = sent ? IsoDate.ParseTrimmed(SentOn) : null;
        d.DecidedOn = decided ? IsoDate.ParseTrimmed(DecidedOn) : null;
        d.Outcome = decided ? Enum.Parse<AppealOutcome>(Outcome!) : null;
    }

    public sealed class Validator : AbstractValidator<AppealStatusForm>
    {
        public Validator(DateOnly notice, DateOnly today)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(x => x.Status).Must(s => Enum.TryParse<AppealStatus>(s, out var v) && Enum.IsDefined(v) && s == v.ToString())
                .WithMessage(_ => AppealStrings.ErrorStatus);
            When(x => x.Status is nameof(AppealStatus.Sent) or nameof(AppealStatus.Decided), () =>
            {
                RuleFor(x => x.SentOn).Must(d => IsoDate.ParseTrimmed(d) is not null).WithMessage(_ => AppealStrings.ErrorSentOn)
                    .Must(d => IsoDate.ParseTrimmed(d) >= notice).WithMessage(_ => AppealStrings.ErrorSentBeforeNotice)
                    .Must(d => IsoDate.ParseTrimmed(d) <= today).WithMessage(_ => AppealStrings.ErrorDateFuture);
            });
            When(x => x.Status == nameof(AppealStatus.Decided), () =>
            {
                RuleFor(x => x.DecidedOn).Must(d => IsoDate.ParseTrimmed(d) is not null).WithMessage(_ => AppealStrings.ErrorDecidedOn)
                    .Must((f, d) => IsoDate.ParseTrimmed(f.SentOn) is not { } sent || IsoDate.ParseTrimmed(d) >= sent)
                    .WithMessage(_ => AppealStrings.ErrorDecidedBeforeSent)
                    .Must(d => IsoDate.ParseTrimmed(d) <= today).WithMessage(_ => AppealStrings.ErrorDateFuture);
                RuleFor(x => x.Outcome).Must(o => Enum.TryParse<AppealOutcome>(o, out var v) && Enum.IsDefined(v) && o == v.ToString())
                    .WithMessage(_ => AppealStrings.ErrorOutcome);
            });
        }
    }
}
