namespace MassageCoverage.Web.Features.Catalog;

/// <summary>
/// The usual US tile-grid layout (NPR/538 style): every state and DC as one equal square on a 12 x 8 grid,
/// placed roughly where it sits on the map, so small states are as easy to see and to select as large ones.
/// </summary>
public static class TileGrid
{
    public const int Columns = 12;
    public const int Rows = 8;

    /// <summary>Column and row of each two-letter code, row 0 at the top.</summary>
    public static IReadOnlyDictionary<string, (int Column, int Row)> Positions { get; } = Build(
    [
        "AK,,,,,,,,,,,ME",
        ",,,,,,WI,,,,VT,NH",
        ",WA,ID,MT,ND,MN,IL,MI,,NY,MA,",
        ",OR,NV,WY,SD,IA,IN,OH,PA,NJ,CT,RI",
        ",CA,UT,CO,NE,MO,KY,WV,VA,MD,DE,",
        ",,AZ,NM,KS,AR,TN,NC,SC,DC,,",
        ",,,,OK,LA,MS,AL,GA,,,",
        "HI,,,TX,,,,,,FL,,",
    ]);

    private static Dictionary<string, (int, int)> Build(string[] rows)
    {
        var positions = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var row = 0; row < rows.Length; row++)
        {
            var cells = rows[row].Split(',');
            for (var column = 0; column < cells.Length; column++)
            {
                if (cells[column].Length > 0)
                {
                    positions.Add(cells[column], (column, row));
                }
            }
        }

        return positions;
    }
}
