using System.Text.Json.Nodes;
using MassageCoverage.Web.Features.Catalog.Format;

namespace MassageCoverage.Web.Tests.Import;

/// <summary>Small valid files to start from, and the errors a file gets without touching a database.</summary>
internal static class CatalogFiles
{
    public const string ValidRule = """
        { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2025-01-01", "source": "Test policy 1.2" }
        """;

    public static string OnePlan(string? ruleOverrides = null, string? planOverrides = null, string code = "test-ppo-silver")
    {
        var plan = JsonNode.Parse($$"""
            { "code": "{{code}}", "insurer": "Test Health (demo)", "name": "Test PPO Silver (demo)", "planType": "private",
              "states": ["WA"], "networkType": "ppo", "rules": [{{ValidRule}}] }
            """)!.AsObject();
        Merge(plan["rules"]![0]!.AsObject(), ruleOverrides);
        Merge(plan, planOverrides);
        return new JsonObject { ["plans"] = new JsonArray(plan) }.ToJsonString();
    }

    /// <summary>Every error of a file, as the command line prints them: "path: message".</summary>
    public static IReadOnlyList<string> Errors(string json)
    {
        if (!CatalogJson.TryRead(json, out var document, out var error))
        {
            return [error!.ToString()];
        }

        return [.. new CatalogDocumentValidator(DateOnly.FromDateTime(DateTime.UtcNow)).Check(document).Select(e => e.ToString())];
    }

    private static void Merge(JsonObject target, string? overrides)
    {
        if (overrides is null)
        {
            return;
        }

        foreach (var (name, value) in JsonNode.Parse(overrides)!.AsObject().ToList())
        {
            target[name] = value?.DeepClone();
        }
    }
}
