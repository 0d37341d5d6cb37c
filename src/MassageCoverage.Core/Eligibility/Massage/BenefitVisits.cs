namespace MassageCoverage.Core.Eligibility.Massage;

/// <summary>The visit limits of a set of benefit lines: EB09 = VS with EB10, and each HSD with HSD01 = VS.</summary>
internal static class BenefitVisits
{
    public static List<VisitLimit> Of(List<Benefit> lines, string? serviceType, List<SummaryField> unclear)
    {
        var limits = new List<VisitLimit>();
        foreach (var b in lines)
        {
            var inView = InNetworkView.CanGive(b);
            if (b.QuantityQualifier == "VS" && Whole(b.Quantity, b.Period, inView ? unclear : null) is { } visits)
            {
                limits.Add(new VisitLimit(visits, b.Period, null, null, null, b.Network, serviceType!, b.Segment));
            }

            foreach (var d in b.Deliveries)
            {
                if (d.QuantityQualifier == "VS" && Whole(d.Quantity, d.Period, inView ? unclear : null) is { } count)
                {
                    limits.Add(new VisitLimit(count, d.Period, d.PeriodCount, d.Unit, d.Modulus, b.Network, serviceType!, b.Segment));
                }
            }
        }

        return limits;
    }

    /// <summary>Visit counts of the limits that <paramref name="match"/>, in the shape the in-network view picks from.</summary>
    public static List<BenefitValue<int>> Counts(List<VisitLimit> limits, Func<VisitLimit, bool> match) =>
        [.. limits.Where(match).Select(v => new BenefitValue<int>(v.Visits, v.Network, v.Period, null, v.ServiceType, v.Segment))];

    /// <summary>A visit count; part of a visit (or a count too large) is no count, and leaves the term unclear.</summary>
    private static int? Whole(decimal? quantity, TimePeriod? period, List<SummaryField>? unclear)
    {
        if (quantity is not { } q)
        {
            return null;
        }

        if (q >= 0 && q <= int.MaxValue && decimal.Truncate(q) == q)
        {
            return (int)q;
        }

        unclear?.Add(period is TimePeriod.Remaining ? SummaryField.VisitsRemaining : SummaryField.VisitsPerYear);
        return null;
    }
}
