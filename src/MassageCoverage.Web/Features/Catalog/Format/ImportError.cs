namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>One reason a file was refused, at its JSON path: <c>$.plans[2].rules[0].effectiveTo</c>.</summary>
internal sealed record ImportError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";

    /// <summary>
    /// FluentValidation names a property by the C# path (<c>Plans[2].Rules[0].EffectiveTo</c>); every document
    /// property is the PascalCase form of its JSON name, so lowering each segment's first letter gives the JSON path.
    /// </summary>
    public static string JsonPath(string propertyName)
    {
        ArgumentNullException.ThrowIfNull(propertyName);
        if (propertyName.Length == 0)
        {
            return "$";
        }

        var segments = propertyName.Split('.').Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]);
        return "$." + string.Join('.', segments);
    }
}
