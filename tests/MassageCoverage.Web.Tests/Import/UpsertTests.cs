using System.Text.Json.Nodes;
using static MassageCoverage.Web.Tests.Import.ExportNodes;

namespace MassageCoverage.Web.Tests.Import;

/// <summary>Each test writes, so each has a database of its own.</summary>
public class UpsertTests
{
    private static readonly string[] OtherPlans = ["acme-hmo-basic", "harbor-ma-choice", "summit-epo-plus"];

    [Fact]
    public async Task Changing_one_rule_and_adding_a_plan_writes_just_those_and_audits_the_file_as_one_entry()
    {
        await using var harness = await ImportHarness.StartAsync();
        var before = await harness.ExportNodeAsync();
        var countsBefore = await harness.CountsAsync();
        var goldRulesBefore = await harness.PlanRulesAsync("acme-ppo-gold");
        var gold = Plan(before, "acme-ppo-gold").DeepClone();
        gold["rules"]![1]!["maxVisitsPerYear"] = 20;
        var river = Plan(Parse(CatalogFiles.OnePlan(code: "river-hmo-basic")), "river-hmo-basic");

        var result = await harness.ImportAsync(File(gold, river), actor: "staff:jo");

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal("plans: 1 created, 0 updated; states: 0 created, 0 updated; rules: 1 added, 1 changed, 0 removed",
            result.Counts.ToString());
        var after = await harness.ExportNodeAsync();
        Assert.True(JsonNode.DeepEquals(gold, Plan(after, "acme-ppo-gold")));
        Assert.Equal("Test Health (demo)", (string?)Plan(after, "river-hmo-basic")["insurer"]);
        Assert.Equal("Test policy 1.2", (string?)Plan(after, "river-hmo-basic")["rules"]![0]!["source"]);
        Assert.All(OtherPlans, code => Assert.True(JsonNode.DeepEquals(Plan(before, code), Plan(after, code)), code));
        Assert.True(JsonNode.DeepEquals(before["medicaid"], after["medicaid"]));
        Assert.Equal(countsBefore.Insurers + 1, (await harness.CountsAsync()).Insurers);

        var goldRulesAfter = await harness.PlanRulesAsync("acme-ppo-gold");
        Assert.Equal(goldRulesBefore.Select(r => r.Id), goldRulesAfter.Select(r => r.Id));
        Assert.Equal(["seed", "staff:jo"], goldRulesAfter.Select(r => r.UpdatedBy));

        var (entry, summary) = await harness.ImportEntryAsync();
        Assert.Equal("staff:jo", entry.Actor);
        Assert.Equal(Sha256(File(gold, river)), entry.EntityId);
        Assert.Equal(["acme-ppo-gold", "river-hmo-basic"], ImportHarness.Codes(summary, "plans"));
        Assert.Empty(ImportHarness.Codes(summary, "states"));
        Assert.Equal((1, 0, 1, 1, 0), ((int)summary["plansCreated"]!, (int)summary["plansUpdated"]!,
            (int)summary["rulesAdded"]!, (int)summary["rulesChanged"]!, (int)summary["rulesRemoved"]!));
    }

    [Fact]
    public async Task The_import_log_names_plan_codes_and_counts_but_no_plan_names_or_notes()
    {
        await using var harness = await ImportHarness.StartAsync();
        var river = Plan(Parse(CatalogFiles.OnePlan(ruleOverrides: """{ "notes": "Secret-ish free text" }""", code: "river-hmo-basic")), "river-hmo-basic");

        await harness.ImportAsync(File(river));

        var line = await harness.Factory.Logs.WaitForAsync(l => l.StartsWith("Catalog import committed", StringComparison.Ordinal));
        Assert.NotNull(line);
        Assert.Contains("river-hmo-basic", line, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Factory.Logs.Lines, l => l.Contains("Secret-ish", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Factory.Logs.Lines, l => l.Contains("Test PPO Silver", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Versions_left_out_of_the_file_are_deleted_and_a_kept_version_may_grow_into_their_days()
    {
        await using var harness = await ImportHarness.StartAsync();
        var gold = Plan(await harness.ExportNodeAsync(), "acme-ppo-gold").DeepClone();
        var only2025 = gold["rules"]![0]!.DeepClone();
        only2025["effectiveTo"] = null;
        gold["rules"] = new JsonArray(only2025);
        var old = await harness.PlanRulesAsync("acme-ppo-gold");

        var result = await harness.ImportAsync(File(gold));

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal("rules: 0 added, 1 changed, 1 removed", result.Counts.ToString().Split("; ")[2]);
        var rule = Assert.Single(await harness.PlanRulesAsync("acme-ppo-gold"));
        Assert.Equal(old[0].Id, rule.Id);
        Assert.Null(rule.EffectiveTo);
        var (_, summary) = await harness.ImportEntryAsync();
        Assert.Equal(1, (int)summary["rulesRemoved"]!);
        Assert.Equal(["acme-ppo-gold"], ImportHarness.Codes(summary, "plans"));
    }

    [Fact]
    public async Task A_version_may_be_cut_short_and_a_new_one_take_over_the_rest_in_one_import()
    {
        await using var harness = await ImportHarness.StartAsync();
        var gold = Plan(await harness.ExportNodeAsync(), "acme-ppo-gold").DeepClone();
        var rules = gold["rules"]!.AsArray();
        var july = rules[1]!.DeepClone();
        rules[1]!["effectiveTo"] = "2026-06-30";
        july["effectiveFrom"] = "2026-07-01";
        july["maxVisitsPerYear"] = 14;
        rules.Add(july);

        var result = await harness.ImportAsync(File(gold));

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal("rules: 1 added, 1 changed, 0 removed", result.Counts.ToString().Split("; ")[2]);
        Assert.Equal([(new DateOnly(2025, 12, 31), 10), (new DateOnly(2026, 6, 30), 12), ((DateOnly?)null, 14)],
            (await harness.PlanRulesAsync("acme-ppo-gold")).Select(r => (r.EffectiveTo, r.Terms.MaxVisitsPerYear ?? 0)));
    }

    [Fact]
    public async Task Renaming_a_plan_and_moving_it_to_another_insurer_updates_the_plan_and_names_it_in_the_import_entry()
    {
        await using var harness = await ImportHarness.StartAsync();
        var summit = Plan(await harness.ExportNodeAsync(), "summit-epo-plus").DeepClone();
        summit["name"] = "Summit EPO Plus 2027 (demo)";
        summit["insurer"] = "Acme Health (demo)";
        summit["states"] = new JsonArray("co", "TX");

        var result = await harness.ImportAsync(File(summit));

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal("plans: 0 created, 1 updated", result.Counts.ToString().Split("; ")[0]);
        var plan = Plan(await harness.ExportNodeAsync(), "summit-epo-plus");
        Assert.Equal("Acme Health (demo)", (string?)plan["insurer"]);
        Assert.Equal(["CO", "TX"], plan["states"]!.AsArray().Select(s => (string?)s));
        var (_, summary) = await harness.ImportEntryAsync();
        Assert.Equal(["summit-epo-plus"], ImportHarness.Codes(summary, "plans"));
        Assert.Equal((0, 1), ((int)summary["plansCreated"]!, (int)summary["plansUpdated"]!));
    }

    private static string Sha256(string file) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(file)));

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
