namespace MassageCoverage.Web.Features.Catalog.Format;

internal static class Text
{
    /// <summary>Trimmed text, or null when there is none: blank and absent mean the same in the format.</summary>
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
