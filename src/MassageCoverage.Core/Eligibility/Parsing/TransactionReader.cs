using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Eligibility.Parsing;

/// <summary>Builds one <see cref="EligibilityTransaction"/> from the loops <see cref="LoopReader"/> cut.</summary>
internal static class TransactionReader
{
    public static EligibilityTransaction? Read(X12Transaction transaction, ErrorSink errors)
    {
        var levels = LoopReader.Read(transaction.Segments, out var bht, errors);
        if (errors.First is not null)
        {
            return null;
        }

        var rejections = new List<Rejection>();
        var members = new List<EligibilityMember>();
        EntityName? payer = null;
        EntityName? receiver = null;
        foreach (var level in levels)
        {
            if (level.Level is "22" or "23")
            {
                members.Add(Member(level, errors));
                continue;
            }

            rejections.AddRange(Rejections(level, errors));
            var name = Segments.Name(level.Name!, errors);
            if (level.Level == "20")
            {
                payer ??= name;
            }
            else
            {
                receiver ??= name;
            }
        }

        return new EligibilityTransaction
        {
            ControlNumber = transaction.ControlNumber,
            Reference = bht!.Value(3),
            Payer = payer,
            Receiver = receiver,
            Rejections = rejections,
            Members = members,
        };
    }

    private static EligibilityMember Member(LevelLoop level, ErrorSink errors)
    {
        var references = new List<Reference>();
        var dates = new List<BenefitDate>();
        DateOnly? birth = null;
        foreach (var s in level.NameSegments)
        {
            switch (s.Id)
            {
                case "REF":
                    references.Add(Segments.Reference(s, errors));
                    break;
                case "DTP":
                    dates.Add(Segments.Date(s, errors));
                    break;

                // The engine does not use the birth date, and a redacted copy has none: a DMG02 that is not a date is no error.
                case "DMG" when s.Is(1, "D8"):
                    birth = Elements.Date8(s.Span(2));
                    break;
                default:
                    break;
            }
        }

        return new EligibilityMember
        {
            Level = level.Level == "22" ? MemberLevel.Subscriber : MemberLevel.Dependent,
            HierarchyId = level.Id,
            ParentHierarchyId = level.Parent,
            Name = Segments.Name(level.Name!, errors),
            BirthDate = birth,
            References = references,
            Dates = dates,
            Rejections = Rejections(level, errors),
            Benefits = [.. level.Benefits.Select(b => BenefitReader.Read(b, level.Letter, errors))],
        };
    }

    /// <summary>The AAA segments of a level's own loops: before its NM1 in 2000x, after it in 2100x.</summary>
    private static List<Rejection> Rejections(LevelLoop level, ErrorSink errors) =>
    [
        .. level.Header.Where(s => s.Id == "AAA").Select(s => Segments.Rejection(s, $"2000{level.Letter}", errors)),
        .. level.NameSegments.Where(s => s.Id == "AAA").Select(s => Segments.Rejection(s, $"2100{level.Letter}", errors)),
    ];
}
