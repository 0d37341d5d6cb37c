namespace MassageCoverage.Core;

/// <summary>A US state or the District of Columbia, by its USPS two-letter code.</summary>
public sealed record UsState(string Code, string Name);

/// <summary>The 50 states and DC: the jurisdictions that run a Medicaid program of their own.</summary>
public static class UsStates
{
    public static IReadOnlyList<UsState> All { get; } =
    [
        new("AL", "Alabama"), new("AK", "Alaska"), new("AZ", "Arizona"), new("AR", "Arkansas"),
        new("CA", "California"), new("CO", "Colorado"), new("CT", "Connecticut"), new("DE", "Delaware"),
        new("DC", "District of Columbia"), new("FL", "Florida"), new("GA", "Georgia"), new("HI", "Hawaii"),
        new("ID", "Idaho"), new("IL", "Illinois"), new("IN", "Indiana"), new("IA", "Iowa"),
        new("KS", "Kansas"), new("KY", "Kentucky"), new("LA", "Louisiana"), new("ME", "Maine"),
        new("MD", "Maryland"), new("MA", "Massachusetts"), new("MI", "Michigan"), new("MN", "Minnesota"),
        new("MS", "Mississippi"), new("MO", "Missouri"), new("MT", "Montana"), new("NE", "Nebraska"),
        new("NV", "Nevada"), new("NH", "New Hampshire"), new("NJ", "New Jersey"), new("NM", "New Mexico"),
        new("NY", "New York"), new("NC", "North Carolina"), new("ND", "North Dakota"), new("OH", "Ohio"),
        new("OK", "Oklahoma"), new("OR", "Oregon"), new("PA", "Pennsylvania"), new("RI", "Rhode Island"),
        new("SC", "South Carolina"), new("SD", "South Dakota"), new("TN", "Tennessee"), new("TX", "Texas"),
        new("UT", "Utah"), new("VT", "Vermont"), new("VA", "Virginia"), new("WA", "Washington"),
        new("WV", "West Virginia"), new("WI", "Wisconsin"), new("WY", "Wyoming"),
    ];

    private static readonly Dictionary<string, UsState> ByCode =
        All.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a state by its two-letter code, ignoring case; null when the code is not one of the 51.</summary>
    public static UsState? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code.Trim(), out var state) ? state : null;
}
