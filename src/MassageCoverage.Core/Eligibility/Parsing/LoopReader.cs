using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Eligibility.Parsing;

/// <summary>
/// Cuts a transaction's segments into its loops (docs/x12-271.md section 2) and refuses a structure the guide does not
/// allow: a level without its NM1, a benefit outside a member, an HSD before any EB, an LS without its LE. Segments
/// the guide allows and the model does not read (PER, PRV, N3, INS, HI...) are kept in their loop.
/// </summary>
internal static class LoopReader
{
    private static readonly HashSet<string> _benefitSegments = new(StringComparer.Ordinal) { "HSD", "REF", "DTP", "AAA", "MSG", "III" };

    private static readonly HashSet<string> _entitySegments = new(StringComparer.Ordinal) { "N3", "N4", "PER", "PRV" };

    private static readonly HashSet<string> _sourceOrReceiverSegments = new(StringComparer.Ordinal) { "REF", "N3", "N4", "PER", "PRV", "AAA" };

    private static readonly HashSet<string> _memberSegments = new(StringComparer.Ordinal)
    {
        "REF", "N3", "N4", "AAA", "PRV", "DMG", "INS", "HI", "DTP", "MPI",
    };

    /// <summary>The levels of a transaction whose segments run from ST to SE, and its BHT.</summary>
    public static List<LevelLoop> Read(IReadOnlyList<X12Segment> segments, out X12Segment? bht, ErrorSink errors)
    {
        var levels = new List<LevelLoop>();
        var byId = new Dictionary<string, LevelLoop>(StringComparer.Ordinal);
        bht = segments.Count > 2 && segments[1].Id == "BHT" ? segments[1] : null;
        if (bht is null)
        {
            errors.Add(new X12Error(X12ErrorCode.MissingSegment, "BHT", segments[1].Position));
            return levels;
        }

        LevelLoop? level = null;
        BenefitLoop? benefit = null;
        X12Segment? ls = null;
        for (var i = 2; i < segments.Count - 1 && errors.First is null; i++)
        {
            var s = segments[i];
            if (ls is not null)
            {
                ls = InsideLs(s, ls, benefit!, errors);
                continue;
            }

            if (s.Id == "HL")
            {
                NeedName(level, s, errors);
                level = Level(s, byId, errors);
                if (level is not null)
                {
                    byId[level.Id] = level;
                    levels.Add(level);
                }

                benefit = null;
            }
            else if (level is null)
            {
                errors.Add(X12ErrorCode.UnexpectedSegment, s);
            }
            else if (s.Id == "EB")
            {
                benefit = Benefit(s, level, errors);
            }
            else if (benefit is not null)
            {
                ls = InBenefit(s, benefit, errors);
            }
            else
            {
                InLevel(s, level, errors);
            }
        }

        var se = segments[^1];
        if (ls is not null)
        {
            errors.Add(new X12Error(X12ErrorCode.MissingSegment, "LE", se.Position));
        }

        NeedName(level, se, errors);
        if (levels.Count == 0)
        {
            errors.Add(new X12Error(X12ErrorCode.MissingSegment, "HL", se.Position));
        }

        return levels;
    }

    /// <summary>
    /// A new HL: HL01 new, HL02 an earlier level of the one above it in the guide's order (20, 21, 22, 23), HL03 one of
    /// those four.
    /// </summary>
    private static LevelLoop? Level(X12Segment hl, Dictionary<string, LevelLoop> byId, ErrorSink errors)
    {
        var id = Elements.Required(hl, 1, errors);
        var code = Elements.Required(hl, 3, errors);
        var parentId = hl.Value(2);
        string? expectedParent = code switch { "20" => null, "21" => "20", "22" => "21", "23" => "22", _ => "?" };
        if (errors.First is not null)
        {
            return null;
        }

        if (byId.ContainsKey(id))
        {
            errors.Add(X12ErrorCode.InvalidValue, hl, 1);
        }
        else if (expectedParent == "?")
        {
            errors.Add(X12ErrorCode.InvalidValue, hl, 3);
        }
        else if (parentId is null ? expectedParent is not null : !byId.TryGetValue(parentId, out var parent) || parent.Level != expectedParent)
        {
            errors.Add(X12ErrorCode.InvalidValue, hl, 2);
        }

        return errors.First is null ? new LevelLoop(hl, code, id, parentId) : null;
    }

    private static void NeedName(LevelLoop? level, X12Segment next, ErrorSink errors)
    {
        if (level is { Name: null })
        {
            errors.Add(new X12Error(X12ErrorCode.MissingSegment, "NM1", next.Position));
        }
    }

    private static BenefitLoop? Benefit(X12Segment eb, LevelLoop level, ErrorSink errors)
    {
        if (level.Level is "20" or "21")
        {
            errors.Add(X12ErrorCode.UnexpectedSegment, eb);
            return null;
        }

        NeedName(level, eb, errors);
        var benefit = new BenefitLoop(eb);
        level.Benefits.Add(benefit);
        return benefit;
    }

    /// <summary>A segment after an EB: one of its loop's, or LS opening a 2120 loop. Returns the open LS, if any.</summary>
    private static X12Segment? InBenefit(X12Segment s, BenefitLoop benefit, ErrorSink errors)
    {
        if (s.Id == "LS")
        {
            if (!s.Is(1, "2120"))
            {
                errors.Add(X12ErrorCode.InvalidValue, s, 1);
            }

            return s;
        }

        if (_benefitSegments.Contains(s.Id))
        {
            benefit.Segments.Add(s);
        }
        else
        {
            errors.Add(X12ErrorCode.UnexpectedSegment, s);
        }

        return null;
    }

    /// <summary>A segment inside LS ... LE. Returns the LS while the loop stays open.</summary>
    private static X12Segment? InsideLs(X12Segment s, X12Segment ls, BenefitLoop benefit, ErrorSink errors)
    {
        if (s.Id == "LE")
        {
            if (!s.Span(1).SequenceEqual(ls.Span(1)))
            {
                errors.Add(X12ErrorCode.InvalidValue, s, 1);
            }

            if (benefit.Entities.Count == 0)
            {
                errors.Add(new X12Error(X12ErrorCode.MissingSegment, "NM1", s.Position));
            }

            return null;
        }

        if (s.Id == "NM1")
        {
            benefit.Entities.Add(s);
        }
        else if (!_entitySegments.Contains(s.Id))
        {
            errors.Add(new X12Error(X12ErrorCode.MissingSegment, "LE", s.Position));
        }
        else if (benefit.Entities.Count == 0)
        {
            errors.Add(new X12Error(X12ErrorCode.MissingSegment, "NM1", s.Position));
        }

        return ls;
    }

    /// <summary>A segment of a level before any EB: TRN or AAA before the NM1, the NM1, then the name loop's segments.</summary>
    private static void InLevel(X12Segment s, LevelLoop level, ErrorSink errors)
    {
        var member = level.Level is "22" or "23";
        if (s.Id == "NM1" && level.Name is null)
        {
            // The guide fixes the member loops' entity: IL is the subscriber, 03 the dependent.
            if (member && !s.Is(1, level.Level == "22" ? "IL" : "03"))
            {
                errors.Add(X12ErrorCode.InvalidValue, s, 1);
            }

            level.Name = s;
        }
        else if (level.Name is null)
        {
            if (s.Id == "AAA" || (member && s.Id == "TRN"))
            {
                level.Header.Add(s);
            }
            else
            {
                errors.Add(new X12Error(X12ErrorCode.MissingSegment, "NM1", s.Position));
            }
        }
        else if ((member ? _memberSegments : _sourceOrReceiverSegments).Contains(s.Id))
        {
            level.NameSegments.Add(s);
        }
        else
        {
            errors.Add(X12ErrorCode.UnexpectedSegment, s);
        }
    }
}
