using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Coverage.Calls;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Discrepancies;

/// <summary>One term on which one of the patient's calls contradicts one rule version, with what a report of it holds.</summary>
public sealed record CallDiscrepancy(InsurerCall Call, DateOnly CallDate, RuleOwnerRef Owner, CoverageRule Rule, Contradiction Contradiction)
{
    /// <summary>Whether <paramref name="report"/> is the report of this contradiction (what makes a second send the same report).</summary>
    public bool IsReportedBy(DiscrepancyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Owner == Owner && report.Field == Contradiction.Field && report.CallValue == Contradiction.Call.Code
            && report.RuleValue == Contradiction.Rule.Code && report.RuleVersionId == Rule.Id && report.CallDate == CallDate
            && report.ReferenceNumber == Call.ReferenceNumber;
    }
}

/// <summary>A call compared with the rule in effect on its day: whose rule, which version (null in a gap), and what differs.</summary>
public sealed record CallCompared(RuleOwnerRef? Owner, DateOnly CallDate, CoverageRule? Rule, IReadOnlyList<CallDiscrepancy> Discrepancies);

/// <summary>
/// Where a call meets a rule: on the call's page, the rule of the call's plan in effect on the call's day; on a check's
/// result, the rule that check used. The comparing itself is <see cref="CallContradictions"/>.
/// </summary>
public static class CallComparison
{
    /// <summary>The day of the call where the patient lives: the day a rule version is read for.</summary>
    public static DateOnly DateOf(InsurerCall call, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(call);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(call.CalledAt, zone).DateTime);
    }

    public static CallCompared WithRuleOfItsDay(CoverageCatalog catalog, InsurerCall call, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(call);
        var date = DateOf(call, zone);
        if (call.About is not { } owner)
        {
            return new(null, date, null, []);
        }

        var rule = RuleVersions.InEffectOn(CatalogOwners.RulesOf(catalog, owner), date);
        return new(owner, date, rule, rule is null ? [] : Against(call, date, owner, rule));
    }

    /// <summary>What <paramref name="call"/> contradicts in <paramref name="rule"/>, a version of <paramref name="owner"/>'s rule.</summary>
    public static IReadOnlyList<CallDiscrepancy> WithRule(InsurerCall call, TimeZoneInfo zone, RuleOwnerRef owner, CoverageRule rule) =>
        Against(call, DateOf(call, zone), owner, rule);

    private static CallDiscrepancy[] Against(InsurerCall call, DateOnly date, RuleOwnerRef owner, CoverageRule rule) =>
        [.. CallContradictions.Between(call.Said, rule.Terms).Select(c => new CallDiscrepancy(call, date, owner, rule, c))];
}

/// <summary>
/// The model of the _Discrepancies partial: contradictions, the reports already sent of them, the reader's zone, and
/// whether they are one call's on its own page (else several calls' on a check's result, each item named by its call).
/// </summary>
public sealed record DiscrepancyList(IReadOnlyList<CallDiscrepancy> Items, IReadOnlyList<DiscrepancyReport> Reports, TimeZoneInfo Zone, bool OnCallPage);
