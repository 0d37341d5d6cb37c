using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Coverage;

/// <summary>One square of the tile-grid map: where it sits, what it says and where it leads.</summary>
public sealed record MapTile(string Code, string Name, CoverageForm Form, string Href, int Column, int Row)
{
    /// <summary>The link's accessible name, e.g. "Colorado: only through a waiver program".</summary>
    public string AccessibleName => $"{Name}: {char.ToLowerInvariant(Form.Label()[0])}{Form.Label()[1..]}";

    public string Symbol => MedicaidMap.Symbol(Form);
}

/// <summary>The model of the shared _MedicaidMap partial; squares link wherever the page says (public row or admin edit).</summary>
public sealed record MedicaidMap(IReadOnlyList<MapTile> Tiles, string Caption)
{
    public const int Size = 56;
    public const int Gap = 4;

    public static MedicaidMap Of(IEnumerable<MedicaidStateProgram> states, Func<string, string> href, string caption) =>
        new(states
                .Where(s => TileGrid.Positions.ContainsKey(s.StateCode))
                .OrderBy(s => TileGrid.Positions[s.StateCode].Row).ThenBy(s => TileGrid.Positions[s.StateCode].Column)
                .Select(s => new MapTile(s.StateCode, s.StateName, s.CoverageForm, href(s.StateCode),
                    TileGrid.Positions[s.StateCode].Column, TileGrid.Positions[s.StateCode].Row))
                .ToList(),
            caption);

    /// <summary>A symbol per form beside the colour, so colour is never the only cue.</summary>
    public static string Symbol(CoverageForm form) => form switch
    {
        CoverageForm.Standalone => "✓",
        CoverageForm.WithinTherapy => "+",
        CoverageForm.WaiverOnly => "W",
        CoverageForm.NotCovered => "✕",
        _ => "?",
    };

    public static IReadOnlyList<CoverageForm> Forms { get; } =
        [CoverageForm.Standalone, CoverageForm.WithinTherapy, CoverageForm.WaiverOnly, CoverageForm.NotCovered, CoverageForm.Unknown];

    public static int Width => TileGrid.Columns * (Size + Gap);
    public static int Height => TileGrid.Rows * (Size + Gap);
}
