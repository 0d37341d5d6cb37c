using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>One square of the tile-grid map: where it sits, what it says and where it leads.</summary>
public sealed record MapTile(string Code, string Name, CoverageForm Form, string Href, int Column, int Row)
{
    /// <summary>
    /// The link's accessible name, e.g. "Colorado, CO: only through a waiver program". It holds the visible code, so
    /// speech users can say what they see (WCAG 2.5.3, label in name); not in brackets, which axe drops from a name.
    /// </summary>
    public string AccessibleName => Words.Format(MedicaidStrings.MapTileName, Name, Code,
        string.Concat(Form.Label()[..1].ToLower(Languages.Culture), Form.Label().AsSpan(1)));
}

/// <summary>The model of the shared _MedicaidMap partial; squares link wherever the page says (public row or admin edit).</summary>
public sealed record MedicaidMap(IReadOnlyList<MapTile> Tiles, string Caption)
{
    public const int Size = 56;
    public const int Gap = 4;

    /// <summary>
    /// The map of the given states, each with the form its square shows: the stored form on the admin's map, the
    /// <see cref="PublicForm"/> on the public page.
    /// </summary>
    public static MedicaidMap Of(
        IEnumerable<(string Code, string Name, CoverageForm Form)> states, Func<string, string> href, string caption) =>
        new(states
                .Where(s => TileGrid.Positions.ContainsKey(s.Code))
                .OrderBy(s => TileGrid.Positions[s.Code].Row).ThenBy(s => TileGrid.Positions[s.Code].Column)
                .Select(s => new MapTile(s.Code, s.Name, s.Form, href(s.Code),
                    TileGrid.Positions[s.Code].Column, TileGrid.Positions[s.Code].Row))
                .ToList(),
            caption);

    /// <summary>
    /// The form the public reads for a state: what a Medicaid check would answer on <paramref name="today"/>, from the
    /// catalog snapshot the check reads. That is the form of the rule in effect that day (<see cref="CoverageForms.Of(RuleTerms)"/>),
    /// and unknown when none is, or when the stored form is unknown, as the check then ignores any rule. Every version
    /// is of the stored form (checked where criteria and rules are saved and imported), so a rule in effect says the
    /// stored form; a state whose form is set but whose first rule is still to come reads unknown until it is.
    /// </summary>
    public static CoverageForm PublicForm(MedicaidEntry? entry, DateOnly today) =>
        entry is null || entry.Form == CoverageForm.Unknown
            ? CoverageForm.Unknown
            : CoverageForms.Of(RuleVersions.InEffectOn(entry.Rules, today)?.Terms);

    /// <summary>
    /// A shape per form (16 x 16 path) beside the colour, so colour is never the only cue: a tick, a plus, a diamond,
    /// a cross, a ring. Shapes rather than characters keep the link's visible text to the state's code.
    /// </summary>
    public static string Symbol(CoverageForm form) => form switch
    {
        CoverageForm.Standalone => "M2 8 L6 12 L14 3",
        CoverageForm.WithinTherapy => "M8 2 V14 M2 8 H14",
        CoverageForm.WaiverOnly => "M8 1 L15 8 L8 15 L1 8 Z",
        CoverageForm.NotCovered => "M3 3 L13 13 M13 3 L3 13",
        _ => "M8 2 A6 6 0 1 1 7.99 2 Z",
    };

    public static IReadOnlyList<CoverageForm> Forms { get; } =
        [CoverageForm.Standalone, CoverageForm.WithinTherapy, CoverageForm.WaiverOnly, CoverageForm.NotCovered, CoverageForm.Unknown];

    public static int Width => TileGrid.Columns * (Size + Gap);
    public static int Height => TileGrid.Rows * (Size + Gap);
}
