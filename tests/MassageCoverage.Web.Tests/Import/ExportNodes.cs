using System.Text.Json.Nodes;

namespace MassageCoverage.Web.Tests.Import;

/// <summary>Entries of an export, found by code.</summary>
internal static class ExportNodes
{
    public static JsonNode Plan(JsonNode export, string code) =>
        export["plans"]!.AsArray().Single(p => (string?)p!["code"] == code)!;

    public static JsonNode State(JsonNode export, string state) =>
        export["medicaid"]!.AsArray().Single(m => (string?)m!["state"] == state)!;

    public static string File(params JsonNode[] plans) =>
        new JsonObject { ["plans"] = new JsonArray([.. plans.Select(p => p.DeepClone())]) }.ToJsonString();

    public static JsonNode Parse(string? json) => JsonNode.Parse(json!)!;
}
