using MassageCoverage.Core;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>A plan's own fields to and from the format; its rules go through <see cref="RuleMapping"/>.</summary>
internal static class PlanMapping
{
    /// <summary>The plan with its rule versions in date order, as export writes it.</summary>
    public static PlanDocument ToDocument(Plan plan) => Header(plan) with
    {
        Rules = [.. plan.Rules.OrderBy(r => r.EffectiveFrom).Select(RuleMapping.ToDocument)],
    };

    /// <summary>The plan's own fields, without rules: what the plan's audit entries hold.</summary>
    public static PlanDocument Header(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new()
        {
            Code = plan.Code,
            Insurer = plan.Insurer.Name,
            Name = plan.Name,
            PlanType = FormatTokens.PlanTypes.Token(plan.PlanType),
            States = [.. plan.States],
            NetworkType = FormatTokens.NetworkTypes.Token(plan.NetworkType),
        };
    }

    /// <summary>The header a validated document gives once stored: states upper case, text trimmed.</summary>
    public static PlanDocument NormalHeader(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new()
        {
            Code = document.Code,
            Insurer = document.Insurer!.Trim(),
            Name = document.Name!.Trim(),
            PlanType = document.PlanType,
            States = [.. (document.States ?? []).Select(s => UsStates.Find(s)!.Code)],
            NetworkType = document.NetworkType,
        };
    }

    /// <summary>Copies a normal header's own fields onto a plan; the insurer is the caller's.</summary>
    public static void Apply(PlanDocument header, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(plan);
        plan.Name = header.Name!;
        plan.PlanType = FormatTokens.PlanTypes.Parse(header.PlanType!);
        plan.States = [.. header.States!.Select(s => s!)];
        plan.NetworkType = FormatTokens.NetworkTypes.Parse(header.NetworkType!);
    }
}
