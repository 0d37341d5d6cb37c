namespace MassageCoverage.Web.Features.Accounts;

/// <summary>
/// The time zone select (the shared _TimeZoneField partial). <paramref name="Guessed"/> marks a zone the page chose
/// (the clinic's): the hint says so, and the browser's own zone replaces it where scripts run.
/// </summary>
public sealed record TimeZoneField(string Id, string Name, string Selected, string? Error, bool Guessed);
