namespace MassageCoverage.Core.Eligibility.X12;

/// <summary>The identifiers of the segments a 271 uses, as shared strings: one string per identifier, not per segment.</summary>
internal static class SegmentIds
{
    public static string Shared(ReadOnlySpan<char> id) => id switch
    {
        "ISA" => "ISA",
        "IEA" => "IEA",
        "GS" => "GS",
        "GE" => "GE",
        "ST" => "ST",
        "SE" => "SE",
        "BHT" => "BHT",
        "HL" => "HL",
        "TRN" => "TRN",
        "NM1" => "NM1",
        "N3" => "N3",
        "N4" => "N4",
        "PER" => "PER",
        "PRV" => "PRV",
        "REF" => "REF",
        "DMG" => "DMG",
        "INS" => "INS",
        "HI" => "HI",
        "DTP" => "DTP",
        "MPI" => "MPI",
        "AAA" => "AAA",
        "EB" => "EB",
        "HSD" => "HSD",
        "MSG" => "MSG",
        "III" => "III",
        "LS" => "LS",
        "LE" => "LE",
        _ => id.ToString(),
    };
}
