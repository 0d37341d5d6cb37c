namespace MassageCoverage.Web;

/// <summary>What every form and the catalog format do with typed text.</summary>
public static class Text
{
    /// <summary>Trimmed text, or null when there is none: blank and absent mean the same.</summary>
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
