using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Eligibility.Parsing;

/// <summary>
/// One HL level and its loops as <see cref="LoopReader"/> cut them (docs/x12-271.md section 2): the segments before
/// its NM1 (loop 2000x), the NM1, the segments after it (2100x), and its benefits (2110x).
/// </summary>
internal sealed class LevelLoop(X12Segment hl, string level, string id, string? parent)
{
    public X12Segment Hl { get; } = hl;

    /// <summary>HL03: 20 information source, 21 receiver, 22 subscriber, 23 dependent.</summary>
    public string Level { get; } = level;

    public string Id { get; } = id;

    public string? Parent { get; } = parent;

    /// <summary>A, B, C or D: the letter of the loops (2000C, 2100C, 2110C).</summary>
    public char Letter => Level switch { "20" => 'A', "21" => 'B', "22" => 'C', _ => 'D' };

    public List<X12Segment> Header { get; } = [];

    public X12Segment? Name { get; set; }

    public List<X12Segment> NameSegments { get; } = [];

    public List<BenefitLoop> Benefits { get; } = [];
}

/// <summary>An EB segment, the segments of its 2110 loop, and the NM1 of each 2120 loop inside it.</summary>
internal sealed class BenefitLoop(X12Segment eb)
{
    public X12Segment Eb { get; } = eb;

    public List<X12Segment> Segments { get; } = [];

    public List<X12Segment> Entities { get; } = [];
}
