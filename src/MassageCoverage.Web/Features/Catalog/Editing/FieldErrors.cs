namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>How the staff forms read a list typed into one text field.</summary>
internal static class FieldErrors
{
    /// <summary>Comma or space separated values, blanks dropped.</summary>
    public static List<string?> List(string? text) =>
        [.. (text ?? "").Split([',', ' ', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
