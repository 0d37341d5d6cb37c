namespace MassageCoverage.Web.Features.Accounts;

/// <summary>One labelled input with its hint and its error beside it (the shared _TextField partial).</summary>
public sealed record TextField(
    string Id, string Name, string Label, string? Value, string? Error,
    string Type = "text", string? Hint = null, string? Autocomplete = null);
