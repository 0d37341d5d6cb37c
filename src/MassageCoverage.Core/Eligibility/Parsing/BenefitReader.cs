using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Eligibility.Parsing;

/// <summary>Reads an EB segment and its 2110 loop into a <see cref="Benefit"/> (docs/x12-271.md section 3).</summary>
internal static class BenefitReader
{
    public static Benefit Read(BenefitLoop loop, char letter, ErrorSink errors)
    {
        var eb = loop.Eb;
        var code = Elements.Required(eb, 1, errors);

        // EB09 and EB10 come together or not at all (X12 syntax rule P0910).
        if (eb.Span(9).IsEmpty != eb.Span(10).IsEmpty)
        {
            errors.Add(X12ErrorCode.MissingElement, eb, eb.Span(9).IsEmpty ? 9 : 10);
        }

        var deliveries = new List<ServiceDelivery>();
        var references = new List<Reference>();
        var dates = new List<BenefitDate>();
        var rejections = new List<Rejection>();
        var messages = new List<string>();
        foreach (var s in loop.Segments)
        {
            switch (s.Id)
            {
                case "HSD":
                    deliveries.Add(Segments.Delivery(s, errors));
                    break;
                case "REF":
                    references.Add(Segments.Reference(s, errors));
                    break;
                case "DTP":
                    dates.Add(Segments.Date(s, errors));
                    break;
                case "AAA":
                    rejections.Add(Segments.Rejection(s, $"2110{letter}", errors));
                    break;
                case "MSG":
                    messages.Add(Segments.Message(s, errors));
                    break;
                default:
                    break;
            }
        }

        return new Benefit
        {
            Segment = eb.Position,
            Code = code,
            CoverageLevel = eb.Value(2),
            ServiceTypes = eb.Repetitions(3),
            InsuranceType = eb.Value(4),
            PlanDescription = eb.Value(5),
            PeriodCode = eb.Value(6),
            Amount = Elements.Decimal(eb, 7, errors),
            Percent = Elements.Decimal(eb, 8, errors),
            QuantityQualifier = eb.Value(9),
            Quantity = Elements.Decimal(eb, 10, errors),
            AuthorizationRequired = Elements.YesNo(eb, 11, errors),
            Network = Elements.Network(eb, 12, errors),
            Procedure = Procedure(eb, errors),
            Deliveries = deliveries,
            References = references,
            Dates = dates,
            Rejections = rejections,
            Messages = messages,
            RelatedEntities = [.. loop.Entities.Select(nm1 => Segments.Name(nm1, errors))],
        };
    }

    private static ProcedureCode? Procedure(X12Segment eb, ErrorSink errors)
    {
        var parts = eb.Components(13);
        if (parts.Count == 0)
        {
            return null;
        }

        if (parts.Count < 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            errors.Add(X12ErrorCode.MissingElement, eb, 13);
            return null;
        }

        return new ProcedureCode(parts[0], parts[1], [.. parts.Skip(2).Where(m => m.Length > 0)]);
    }
}
