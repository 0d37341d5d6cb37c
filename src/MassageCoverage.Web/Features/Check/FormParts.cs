namespace MassageCoverage.Web.Features.Check;

/// <summary>An error shown beside its field; its id is what the field's aria-describedby names.</summary>
public sealed record FieldError(string Id, string? Message);

/// <summary>A yes / no / not sure question of the check form.</summary>
public sealed record YesNoQuestion(string Name, string Legend, string? Hint, string? Value, string? Error);
