using System.Globalization;
using FluentValidation;
using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Coverage.Calls;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Records;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Pages.Account.Calls;

/// <summary>What the call form posts, every value as typed; up to <see cref="PromiseRows"/> promises.</summary>
public sealed class CallForm
{
    public const int PromiseRows = 3;
    public const int TextLimit = 4000;

    public string? CalledAt { get; set; }
    public string? Insurer { get; set; }
    public string? NumberDialled { get; set; }
    public string? Representative { get; set; }
    public string? ReferenceNumber { get; set; }
    public string? QuestionsAsked { get; set; }
    public string? Answers { get; set; }
    public bool WrittenConfirmationRequested { get; set; }
    public bool WrittenConfirmationReceived { get; set; }

    /// <summary>Whose rule the call was about: empty, <c>plan:CODE</c>, <c>medicare</c> or <c>medicaid</c> (with <see cref="AboutState"/>).</summary>
    public string? About { get; set; }
    public string? AboutState { get; set; }

    /// <summary>The words of the plan search; only the search reads them, they are never stored.</summary>
    public string? PlanQuery { get; set; }

    /// <summary>What the representative said: <c>yes</c>, <c>no</c> or empty (not asked); a number of visits or empty.</summary>
    public string? SaidCovered { get; set; }
    public string? SaidVisits { get; set; }
    public string? SaidReferral { get; set; }
    public string? SaidPriorAuth { get; set; }
    public List<PromiseRow> Promises { get; set; } = [];
    public uint Version { get; set; }

    public sealed class PromiseRow
    {
        public long Id { get; set; }
        public string? What { get; set; }
        public string? DueOn { get; set; }
        public bool Done { get; set; }
    }

    /// <summary>Pads the promise rows to <see cref="PromiseRows"/> blank ones, so the form always offers them.</summary>
    public CallForm WithBlankRows()
    {
        while (Promises.Count < PromiseRows)
        {
            Promises.Add(new PromiseRow());
        }

        return this;
    }

    public static CallForm From(InsurerCall c, TimeZoneInfo zone) => new CallForm
    {
        CalledAt = IsoDate.FormatLocal(TimeZoneInfo.ConvertTime(c.CalledAt, zone).DateTime),
        Insurer = c.Insurer,
        NumberDialled = c.NumberDialled,
        Representative = c.Representative,
        ReferenceNumber = c.ReferenceNumber,
        QuestionsAsked = c.QuestionsAsked,
        Answers = c.Answers,
        WrittenConfirmationRequested = c.WrittenConfirmationRequested,
        WrittenConfirmationReceived = c.WrittenConfirmationReceived,
        About = CallAbout.Write(c.About),
        AboutState = c.About?.StateCode,
        SaidCovered = CallAbout.YesNo(c.Said.Covered),
        SaidVisits = c.Said.VisitsPerYear?.ToString(CultureInfo.InvariantCulture),
        SaidReferral = CallAbout.YesNo(c.Said.ReferralNeeded),
        SaidPriorAuth = CallAbout.YesNo(c.Said.PriorAuthorizationNeeded),
        Promises = c.Promises.OrderBy(p => p.Id).Select(p => new PromiseRow { Id = p.Id, What = p.What, DueOn = IsoDate.Format(p.DueOn), Done = p.Done }).ToList(),
        Version = c.Version,
    }.WithBlankRows();

    /// <summary>Copies a valid form onto the call and its promises, adding an audit entry for each promise touched.</summary>
    public void ApplyTo(InsurerCall call, TimeZoneInfo zone, AuditTrail audit, string actor, Func<CallPromise, long> add)
    {
        var typed = IsoDate.ParseLocal(CalledAt)!.Value;
        // A time left as it was keeps the instant stored: in a repeated hour that may be the second occurrence.
        var unchanged = call.CalledAt != default
            && IsoDate.FormatLocal(TimeZoneInfo.ConvertTime(call.CalledAt, zone).DateTime) == IsoDate.FormatLocal(typed);
        if (!unchanged)
        {
            call.CalledAt = LocalTime.Resolve(typed, zone) switch
            {
                LocalTime.Valid v => v.Utc,
                LocalTime.Ambiguous a => a.Utc,
                _ => throw new InvalidOperationException("The validator lets no time through that never happened."),
            };
        }
        call.Insurer = Insurer!.Trim();
        call.NumberDialled = Text.OrNull(NumberDialled);
        call.Representative = Text.OrNull(Representative);
        call.ReferenceNumber = Text.OrNull(ReferenceNumber);
        call.QuestionsAsked = Text.OrNull(QuestionsAsked);
        call.Answers = Text.OrNull(Answers);
        call.WrittenConfirmationRequested = WrittenConfirmationRequested;
        call.WrittenConfirmationReceived = WrittenConfirmationReceived;
        call.About = CallAbout.Read(About, AboutState);
        call.Said = new RepresentativeSaid(CallAbout.YesNo(SaidCovered), CallAbout.Visits(SaidVisits),
            CallAbout.YesNo(SaidReferral), CallAbout.YesNo(SaidPriorAuth));
        foreach (var row in Promises.Take(PromiseRows))
        {
            var existing = row.Id == 0 ? null : call.Promises.SingleOrDefault(p => p.Id == row.Id);
            var what = Text.OrNull(row.What);
            if (existing is not null && what is null)
            {
                call.Promises.Remove(existing);
                audit.Add(actor, AuditEntities.CallPromise, Id(existing.Id), AuditActions.Delete);
            }
            else if (existing is not null)
            {
                if (existing.What != what || existing.DueOn != IsoDate.ParseTrimmed(row.DueOn) || existing.Done != row.Done)
                {
                    (existing.What, existing.DueOn, existing.Done) = (what!, IsoDate.ParseTrimmed(row.DueOn)!.Value, row.Done);
                    audit.Add(actor, AuditEntities.CallPromise, Id(existing.Id), AuditActions.Update);
                }
            }
            else if (what is not null)
            {
                var promise = new CallPromise { Call = call, What = what, DueOn = IsoDate.ParseTrimmed(row.DueOn)!.Value, Done = row.Done };
                audit.Add(actor, AuditEntities.CallPromise, Id(add(promise)), AuditActions.Create);
            }
        }
    }

    private static LocalTime.Missing? Gap(string? calledAt, TimeZoneInfo zone) =>
        LocalTime.Resolve(IsoDate.ParseLocal(calledAt)!.Value, zone) as LocalTime.Missing;

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <param name="localNow">Now in the patient's time zone: a call is logged after it happened.</param>
    /// <param name="zone">The patient's time zone, where a typed time may fall in a gap the clocks jumped over.</param>
    public sealed class Validator : AbstractValidator<CallForm>
    {
        // A few minutes' grace for a clock that runs ahead of the server's.
        private static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);

        /// <param name="catalog">The catalog a chosen plan must be in.</param>
        public Validator(DateTime localNow, TimeZoneInfo zone, CoverageCatalog catalog)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(x => x.CalledAt).Must(d => IsoDate.ParseLocal(d) is not null).WithMessage(_ => RecordStrings.ErrorCalledAt)
                .Must(d => Gap(d, zone) is null).WithMessage(f => Gap(f.CalledAt, zone)!.Explain(zone))
                .Must(d => IsoDate.ParseLocal(d) <= localNow + Grace).WithMessage(_ => RecordStrings.ErrorCalledAtFuture);
            RuleFor(x => x.Insurer).NotEmpty().WithMessage(_ => RecordStrings.ErrorInsurer)
                .MaximumLength(200).WithMessage(_ => RecordStrings.ErrorInsurerLong);
            RuleFor(x => x.NumberDialled).MaximumLength(30).WithMessage(_ => RecordStrings.ErrorPhoneLong);
            RuleFor(x => x.Representative).MaximumLength(200).WithMessage(_ => RecordStrings.ErrorRepresentativeLong);
            RuleFor(x => x.ReferenceNumber).MaximumLength(100).WithMessage(_ => RecordStrings.ErrorReferenceLong);
            RuleFor(x => x.QuestionsAsked).MaximumLength(TextLimit).WithMessage(_ => RecordStrings.ErrorQuestionsLong);
            RuleFor(x => x.Answers).MaximumLength(TextLimit).WithMessage(_ => RecordStrings.ErrorAnswersLong);
            RuleFor(x => x.About).Must(a => CallAbout.IsChoice(a)).WithMessage(_ => DiscrepancyStrings.ErrorPlan)
                .Must(a => CallAbout.PlanCode(a) is not { } code || catalog.FindPlan(code) is not null)
                .WithMessage(_ => DiscrepancyStrings.ErrorPlan);
            RuleFor(x => x.AboutState).Must(s => UsStates.Find(s?.Trim()) is not null).When(x => x.About == CallAbout.Medicaid)
                .WithMessage(_ => DiscrepancyStrings.ErrorState);
            RuleFor(x => x.SaidCovered).Must(CallAbout.IsYesNo).WithMessage(_ => DiscrepancyStrings.ErrorYesNo);
            RuleFor(x => x.SaidVisits).Must(v => Text.OrNull(v) is null || CallAbout.Visits(v) is not null).WithMessage(_ => DiscrepancyStrings.ErrorVisits);
            RuleFor(x => x.SaidReferral).Must(CallAbout.IsYesNo).WithMessage(_ => DiscrepancyStrings.ErrorYesNo);
            RuleFor(x => x.SaidPriorAuth).Must(CallAbout.IsYesNo).WithMessage(_ => DiscrepancyStrings.ErrorYesNo);
            RuleFor(x => x.Promises).Must(p => p.Count <= PromiseRows).WithMessage(_ => RecordStrings.ErrorPromisesMany);
            RuleForEach(x => x.Promises).ChildRules(row =>
            {
                row.RuleFor(p => p.What).MaximumLength(500).WithMessage(_ => RecordStrings.ErrorPromiseLong)
                    .Must((p, w) => Text.OrNull(w) is not null || Text.OrNull(p.DueOn) is null).WithMessage(_ => RecordStrings.ErrorPromiseWhat);
                row.RuleFor(p => p.DueOn).Must((p, d) => Text.OrNull(p.What) is null || IsoDate.ParseTrimmed(d) is not null)
                    .WithMessage(_ => RecordStrings.ErrorPromiseDue);
            });
        }
    }
}

/// <summary>The model of the _CallFields partial, shared by the new and edit pages; <paramref name="Twice"/> says
/// which occurrence a saved call's time is when that time happened twice.</summary>
public sealed record CallFields(CallForm Form, FormErrors Errors, CallAboutChoices About, string? Twice = null);
