namespace MassageCoverage.Core.Eligibility.Massage;

/// <summary>
/// Reads what a 271 says about massage (docs/x12-271.md sections 3 and 4). The lines of the first service type in
/// <see cref="ServiceTypes.MassageOrder"/> that the payer answered for are the answer; the summary says which type that
/// was, so "physical therapy: 20 visits" is never shown as "massage: 20 visits". A line without EB03 answers for no
/// service type: the guide sends EB03 whenever a line is about one, and guessing which would invent an answer.
/// </summary>
public static class MassageBenefits
{
    /// <summary>The summary for the transaction's patient (<see cref="EligibilityTransaction.Patient"/>).</summary>
    public static MassageBenefitSummary Summarize(EligibilityTransaction transaction) => Summarize(transaction, transaction?.Patient);

    public static MassageBenefitSummary Summarize(EligibilityTransaction transaction, EligibilityMember? member)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var benefits = member?.Benefits ?? [];
        var answeredBy = ServiceTypes.MassageOrder.FirstOrDefault(code => benefits.Any(b => b.Covers(code)));
        var lines = answeredBy is null ? [] : benefits.Where(b => b.Covers(answeredBy)).ToList();
        var plan = benefits.Where(b => b.Covers(ServiceTypes.HealthBenefitPlanCoverage)).ToList();
        var unclear = new List<SummaryField>();

        var statuses = Values(lines, answeredBy, StatusOf);
        var coinsurance = Values(lines, answeredBy, b => Percent(b, unclear));
        var copays = Values(lines, answeredBy, b => b.Information == BenefitInformation.CoPayment ? b.Amount : null);
        var visits = BenefitVisits.Of(lines, answeredBy, unclear);
        var authorization = Values(lines, answeredBy, b => b.AuthorizationRequired);
        var status = Pick(statuses, SummaryField.Status, unclear);
        return new MassageBenefitSummary
        {
            AnsweredBy = answeredBy,
            Status = status ?? CoverageStatus.Unknown,
            InPlanNetwork = status is null ? NetworkIndicator.NotStated : NetworkOf(statuses),
            PlanStatus = InNetworkView.TryPick(Values(plan, ServiceTypes.HealthBenefitPlanCoverage, StatusOf), out var planStatus, out _)
                ? planStatus : CoverageStatus.Unknown,
            CoinsurancePercent = Pick(coinsurance, SummaryField.Coinsurance, unclear),
            CopayAmount = Pick(copays, SummaryField.Copay, unclear),
            VisitsPerYear = Pick(BenefitVisits.Counts(visits, v => v.IsPerYear), SummaryField.VisitsPerYear, unclear),
            VisitsRemaining = Pick(BenefitVisits.Counts(visits, v => v.IsRemaining), SummaryField.VisitsRemaining, unclear),
            PriorAuthorizationRequired = Pick(authorization, SummaryField.PriorAuthorization, unclear),
            Statuses = statuses,
            Coinsurance = coinsurance,
            Copays = copays,
            Deductibles = LinesOrPlan(lines, plan, answeredBy, BenefitInformation.Deductible),
            OutOfPocket = LinesOrPlan(lines, plan, answeredBy, BenefitInformation.OutOfPocket),
            DollarLimits = Values(lines, answeredBy, b => b.Information == BenefitInformation.Limitations ? b.Amount : null),
            VisitLimits = visits,
            Messages = [.. lines.SelectMany(b => b.Messages)],
            RelatedEntities = [.. lines.SelectMany(b => b.RelatedEntities)],
            Rejections = [.. transaction.Rejections, .. member?.Rejections ?? [], .. lines.SelectMany(b => b.Rejections)],
            CannotSay = answeredBy == ServiceTypes.MassageTherapy
                ? [Unanswerable.TherapistInNetwork, Unanswerable.DiagnosisOrPrescriptionRequirements]
                : [Unanswerable.TherapistInNetwork, Unanswerable.DiagnosisOrPrescriptionRequirements, Unanswerable.MassageSpecificTerms],
            Unclear = [.. unclear.Distinct().Order()],
        };
    }

    private static CoverageStatus? StatusOf(Benefit b) => b.Information switch
    {
        var i when i.IsActive() => CoverageStatus.Active,
        var i when i.IsInactive() => CoverageStatus.Inactive,
        BenefitInformation.NonCovered => CoverageStatus.NotCovered,
        _ => null,
    };

    /// <summary>EB08 in percent. EB08 is a fraction (0.2 is 20 %); a value above 1 may be a percent or an error, so it gives none.</summary>
    private static decimal? Percent(Benefit b, List<SummaryField> unclear)
    {
        if (b.Information != BenefitInformation.CoInsurance || b.Percent is not { } fraction)
        {
            return null;
        }

        if (fraction is >= 0 and <= 1)
        {
            return fraction * 100;
        }

        if (InNetworkView.CanGive(b))
        {
            unclear.Add(SummaryField.Coinsurance);
        }

        return null;
    }

    /// <summary>The network of the status lines the in-network view used: in network when there are any, else theirs.</summary>
    private static NetworkIndicator NetworkOf(IReadOnlyList<BenefitValue<CoverageStatus>> statuses) =>
        statuses.Any(s => s.Network == NetworkIndicator.InNetwork)
            ? NetworkIndicator.InNetwork
            : statuses.First(s => s.Network is NetworkIndicator.NotStated or NetworkIndicator.NotApplicable).Network;

    /// <summary>Amounts of one kind from the answering lines, or from the plan's lines when those give none.</summary>
    private static List<BenefitValue<decimal>> LinesOrPlan(List<Benefit> lines, List<Benefit> plan, string? answeredBy, BenefitInformation kind)
    {
        decimal? Amount(Benefit b) => b.Information == kind ? b.Amount : null;
        var own = Values(lines, answeredBy, Amount);
        return own.Count > 0 || answeredBy == ServiceTypes.HealthBenefitPlanCoverage
            ? own
            : Values(plan, ServiceTypes.HealthBenefitPlanCoverage, Amount);
    }

    private static T? Pick<T>(IReadOnlyList<BenefitValue<T>> values, SummaryField field, List<SummaryField> unclear)
        where T : struct
    {
        if (InNetworkView.TryPick(values, out var value, out var conflicting))
        {
            return value;
        }

        if (conflicting)
        {
            unclear.Add(field);
        }

        return null;
    }

    internal static List<BenefitValue<T>> Values<T>(IEnumerable<Benefit> lines, string? serviceType, Func<Benefit, T?> value)
        where T : struct =>
        [
            .. lines.Select(b => (Line: b, Value: value(b)))
                .Where(x => x.Value is not null)
                .Select(x => new BenefitValue<T>(x.Value!.Value, x.Line.Network, x.Line.Period, x.Line.CoverageLevel, serviceType!, x.Line.Segment)),
        ];
}
