using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Accounts;

/// <summary>
/// The time zones a patient chooses from: the ones of the 50 states and DC by the names people use, then every other
/// zone this machine knows by its IANA name.
/// </summary>
public static class TimeZones
{
    private static readonly (string Id, Func<string> Label)[] UnitedStates =
    [
        ("America/New_York", () => SettingsStrings.ZoneEastern),
        ("America/Chicago", () => SettingsStrings.ZoneCentral),
        ("America/Denver", () => SettingsStrings.ZoneMountain),
        ("America/Phoenix", () => SettingsStrings.ZoneArizona),
        ("America/Los_Angeles", () => SettingsStrings.ZonePacific),
        ("America/Anchorage", () => SettingsStrings.ZoneAlaska),
        ("Pacific/Honolulu", () => SettingsStrings.ZoneHawaii),
    ];

    private static readonly Lazy<string[]> Others = new(() =>
    [
        .. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id)
            .Where(id => id.Contains('/', StringComparison.Ordinal) && !UnitedStates.Any(u => u.Id == id))
            .Order(StringComparer.Ordinal),
    ]);

    /// <summary>The US zones, in the reader's words.</summary>
    public static IEnumerable<(string Id, string Label)> Common => UnitedStates.Select(z => (z.Id, z.Label()));

    /// <summary>Every other zone, by its IANA name.</summary>
    public static IReadOnlyList<string> Other => Others.Value;

    /// <summary>Whether this machine knows the zone (an IANA name such as America/Chicago).</summary>
    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id) && (UnitedStates.Any(z => z.Id == id) || Others.Value.Contains(id, StringComparer.Ordinal));

    /// <summary>The zone as the patient reads it: "Central time (Chicago)", or its IANA name.</summary>
    public static string Label(string id) => UnitedStates.FirstOrDefault(z => z.Id == id).Label?.Invoke() ?? id;
}
