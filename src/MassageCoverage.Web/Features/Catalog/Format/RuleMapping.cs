using System.Text.Json;
using System.Text.Json.Nodes;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// Rule versions to and from the format. The format's names and words are the stored terms' own
/// (<see cref="RuleTermsJson"/>), so a version maps through JSON with no line per term: the terms plus the two dates
/// are a document, and a document minus its dates is the terms. A term the document lacks (or the other way round) is
/// an error of either strict reader, never a value silently lost.
/// <see cref="Apply"/> stores the normal form (codes trimmed, ICD prefixes upper case without dots, amounts at two
/// decimals, blank text as null, enum words canonical), so a document and the row it produced export to the same
/// JSON: that equality is how the import tells an unchanged version from a changed one.
/// </summary>
internal static class RuleMapping
{
    private static readonly string FromName = JsonNamingPolicy.CamelCase.ConvertName(nameof(RuleDocument.EffectiveFrom));
    private static readonly string ToName = JsonNamingPolicy.CamelCase.ConvertName(nameof(RuleDocument.EffectiveTo));

    public static RuleDocument ToDocument(RuleVersion rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var node = JsonSerializer.SerializeToNode(rule.Terms, RuleTermsJson.Options)!.AsObject();
        node[FromName] = IsoDate.Format(rule.EffectiveFrom);
        node[ToName] = IsoDate.Format(rule.EffectiveTo);
        var document = node.Deserialize<RuleDocument>(CatalogJson.Compact)!;
        return document with { Copay = TwoDecimals(document.Copay), CoinsurancePercent = TwoDecimals(document.CoinsurancePercent) };
    }

    /// <summary>Copies a validated document onto a row; owner, audit fields and id are the caller's.</summary>
    public static void Apply(RuleDocument document, RuleVersion rule)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rule);
        var normal = Normal(document);
        rule.EffectiveFrom = IsoDate.Parse(normal.EffectiveFrom)!.Value;
        rule.EffectiveTo = IsoDate.Parse(normal.EffectiveTo);
        var node = JsonSerializer.SerializeToNode(normal, CatalogJson.Compact)!.AsObject();
        node.Remove(FromName);
        node.Remove(ToName);
        // A value the document leaves out (null) is the term's default: standalone, the calendar year, no list.
        foreach (var name in node.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            node.Remove(name);
        }

        rule.Terms = node.Deserialize<RuleTerms>(RuleTermsJson.Options)!;
    }

    /// <summary>The document as it would read back after import: what change detection compares.</summary>
    public static RuleDocument Normalise(RuleDocument document)
    {
        var rule = new RuleVersion { UpdatedBy = "" };
        Apply(document, rule);
        return ToDocument(rule);
    }

    private static RuleDocument Normal(RuleDocument d) => d with
    {
        ServiceCodes = d.ServiceCodes?.Select(c => c?.Trim()).ToList(),
        CoveredDiagnosisPrefixes = d.CoveredDiagnosisPrefixes?.Select(Prefix).ToList(),
        AllowedProviderTypes = d.AllowedProviderTypes?.Select(t => Canonical(FormatTokens.ProviderTypes, t)).ToList(),
        Pathway = Canonical(FormatTokens.Pathways, d.Pathway),
        ProgramName = Text.OrNull(d.ProgramName),
        VisitPool = d.VisitPool is { } pool ? pool with
        {
            Name = pool.Name?.Trim(), Includes = pool.Includes?.Select(s => Canonical(FormatTokens.PooledServices, s)).ToList(),
        } : null,
        UnitRule = Canonical(FormatTokens.UnitRules, d.UnitRule),
        BenefitPeriod = Canonical(FormatTokens.BenefitPeriods, d.BenefitPeriod),
        Copay = TwoDecimals(d.Copay),
        CoinsurancePercent = TwoDecimals(d.CoinsurancePercent),
        Source = Text.OrNull(d.Source),
        Notes = Text.OrNull(d.Notes),
        EffectiveTo = Text.OrNull(d.EffectiveTo),
        LastVerified = Text.OrNull(d.LastVerified),
    };

    /// <summary>"PlanYear" and "PLANYEAR" as the format writes them ("planYear"); null stays null (the default).</summary>
    private static string? Canonical<T>(TokenSet<T> tokens, string? token) where T : struct, Enum =>
        token is null ? null : tokens.Token(tokens.Parse(token));

    private static string Prefix(string? prefix) =>
        IcdCode.TryParsePrefix(prefix, out var normalised, out _) ? normalised : throw new ArgumentException(
            "The document was not validated: a diagnosis prefix has no ICD-10-CM shape.", nameof(prefix));

    // numeric(p, 2) used to read back as 30.00 whatever was written; jsonb keeps what is written, so 0.00m is added
    // before every write and export to keep one scale.
    private static decimal? TwoDecimals(decimal? value) => value is { } v ? decimal.Round(v, 2) + 0.00m : null;
}
