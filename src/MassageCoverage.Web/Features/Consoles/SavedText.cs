using MassageCoverage.Web.Features.Catalog.Editing;

namespace MassageCoverage.Web.Features.Consoles;

/// <summary>
/// What a console save says on the page it lands on (a role=status message, so screen readers announce it): what was
/// saved and each field that changed, old → new, in the words the editor uses.
/// </summary>
public static class SavedText
{
    /// <summary>The TempData key the saving page writes and the landing page reads once.</summary>
    public const string Key = "SavedMessage";

    public static string Of(string what, IEnumerable<FieldComparison>? fields)
    {
        if (fields is null)
        {
            return $"{what} added.";
        }

        var changed = fields.Where(f => f.Changed).ToList();
        return changed.Count == 0
            ? $"{what} saved; nothing changed."
            : $"{what} saved. Changed: {string.Join("; ", changed.Select(f => $"{f.Label} {f.A} → {f.B}"))}.";
    }
}
