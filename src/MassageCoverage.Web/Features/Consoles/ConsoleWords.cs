using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Consoles;

/// <summary>The consoles' words for a plan's enums: what staff read, never the C# name ("Medicare Advantage", not "MedicareAdvantage").</summary>
public static class ConsoleWords
{
    public static string Of(PlanType type) => type == PlanType.MedicareAdvantage ? "Medicare Advantage" : "Private";

    public static string Of(NetworkType network) => network == NetworkType.Other ? "Other" : network.ToString().ToUpperInvariant();
}
