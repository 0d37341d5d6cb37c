namespace MassageCoverage.Core.Eligibility;

/// <summary>EB06 and HSD05, the time period qualifier (docs/x12-271.md section 3); <see cref="Other"/> for a code not listed there.</summary>
public enum TimePeriod
{
    Other,
    Hour,
    Day,
    TwentyFourHours,
    Years,
    ServiceYear,
    CalendarYear,
    YearToDate,
    Contract,
    Episode,
    Visit,
    Outlier,
    Remaining,
    Exceeded,
    NotExceeded,
    Lifetime,
    LifetimeRemaining,
    Month,
    Week,
    Admission,
}

/// <summary>The time period qualifier's codes.</summary>
public static class TimePeriods
{
    public static TimePeriod Of(string? code) => code switch
    {
        "6" => TimePeriod.Hour,
        "7" => TimePeriod.Day,
        "13" => TimePeriod.TwentyFourHours,
        "21" => TimePeriod.Years,
        "22" => TimePeriod.ServiceYear,
        "23" => TimePeriod.CalendarYear,
        "24" => TimePeriod.YearToDate,
        "25" => TimePeriod.Contract,
        "26" => TimePeriod.Episode,
        "27" => TimePeriod.Visit,
        "28" => TimePeriod.Outlier,
        "29" => TimePeriod.Remaining,
        "30" => TimePeriod.Exceeded,
        "31" => TimePeriod.NotExceeded,
        "32" => TimePeriod.Lifetime,
        "33" => TimePeriod.LifetimeRemaining,
        "34" => TimePeriod.Month,
        "35" => TimePeriod.Week,
        "36" => TimePeriod.Admission,
        _ => TimePeriod.Other,
    };
}
