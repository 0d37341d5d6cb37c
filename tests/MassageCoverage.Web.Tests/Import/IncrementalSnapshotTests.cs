using System.Text.Json;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Import;

/// <summary>
/// A change read from the snapshot in memory gives exactly the snapshot a whole read gives: the same plans in the same
/// order with the same rules, states, Medicare and searches. Every other plan stays the very entry it was.
/// </summary>
public class IncrementalSnapshotTests
{
    public static TheoryData<string, string> Changes => new()
    {
        { "a plan renamed", """UPDATE plans SET "Name" = "Name" || ' Plus' WHERE "Code" = 'acme-ppo-gold'""" },
        { "a plan's code changed", """UPDATE plans SET "Code" = 'acme-ppo-platinum' WHERE "Code" = 'acme-ppo-gold'""" },
        { "a plan deleted with its rules", """DELETE FROM plans WHERE "Code" = 'acme-ppo-gold'""" },
        { "a rule's terms changed", """
            UPDATE coverage_rules SET "Terms" = jsonb_set("Terms", ARRAY['maxVisitsPerYear'], '3')
            WHERE "PlanId" = (SELECT "Id" FROM plans WHERE "Code" = 'acme-ppo-gold')
            """ },
        { "a rule deleted", """
            DELETE FROM coverage_rules WHERE "Id" = (SELECT min(r."Id") FROM coverage_rules r
                JOIN plans p ON p."Id" = r."PlanId" WHERE p."Code" = 'acme-ppo-gold')
            """ },
        { "an insurer renamed", """UPDATE insurers SET "Name" = 'Acme Mutual' WHERE "Id" = (SELECT "InsurerId" FROM plans WHERE "Code" = 'acme-ppo-gold')""" },
        { "a Medicaid state's criteria changed", """UPDATE medicaid_state_programs SET "Note" = 'Checked again.' WHERE "StateCode" = 'CO'""" },
        { "a Medicare rule changed", """UPDATE coverage_rules SET "Terms" = jsonb_set("Terms", ARRAY['notes'], '"Read again."') WHERE "OwnerKind" = 'Medicare'""" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_change_read_from_the_snapshot_equals_a_whole_read(string change, string sql)
    {
        await using var harness = await ImportHarness.StartAsync();
        var catalogs = harness.Services.GetRequiredService<CatalogProvider>();
        var before = await catalogs.GetSnapshotAsync();
        var untouched = before.Catalog.FindPlan("summit-epo-plus")!;

        await harness.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql));
        await catalogs.RefreshAsync();

        var after = await catalogs.GetSnapshotAsync();
        Assert.True(after.Revision > before.Revision, change);
        Assert.Same(untouched, after.Catalog.FindPlan("summit-epo-plus"));
        await AssertSameAsWholeAsync(harness, after);
    }

    [Fact]
    public async Task Changes_laid_one_over_another_still_equal_a_whole_read()
    {
        await using var harness = await ImportHarness.StartAsync();
        var catalogs = harness.Services.GetRequiredService<CatalogProvider>();
        await catalogs.GetSnapshotAsync();

        foreach (var (_, sql) in Changes.Select(row => ((string)row[0], (string)row[1])).Where(c => !c.Item1.Contains("deleted", StringComparison.Ordinal)))
        {
            await harness.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql));
            await catalogs.RefreshAsync();
        }

        var import = await harness.ImportAsync(CatalogFiles.OnePlan(code: "river-hmo-basic"));
        Assert.True(import.Succeeded, string.Join('\n', import.Errors));
        await harness.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM plans WHERE "Code" = 'acme-ppo-platinum'"""));
        await catalogs.RefreshAsync();

        var after = await catalogs.GetSnapshotAsync();
        Assert.NotNull(after.Catalog.FindPlan("river-hmo-basic"));
        Assert.Null(after.Catalog.FindPlan("acme-ppo-platinum"));
        await AssertSameAsWholeAsync(harness, after);
    }

    [Fact]
    public async Task A_change_rolled_back_leaves_the_revision_and_the_snapshot_as_they_were()
    {
        await using var harness = await ImportHarness.StartAsync();
        var catalogs = harness.Services.GetRequiredService<CatalogProvider>();
        var before = await catalogs.GetSnapshotAsync();

        await harness.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("""UPDATE plans SET "Name" = 'Gone' WHERE "Code" = 'acme-ppo-gold'""");
            await transaction.RollbackAsync();
            return 0;
        });
        await catalogs.RefreshAsync();

        Assert.Same(before, await catalogs.GetSnapshotAsync());
    }

    [Fact]
    public async Task A_truncate_reads_the_whole_catalog_again()
    {
        await using var harness = await ImportHarness.StartAsync();
        var catalogs = harness.Services.GetRequiredService<CatalogProvider>();
        var before = await catalogs.GetSnapshotAsync();
        Assert.NotEmpty(before.Catalog.Plans);

        await harness.QueryAsync(db => db.Database.ExecuteSqlRawAsync("TRUNCATE plans CASCADE"));
        await catalogs.RefreshAsync();

        var after = await catalogs.GetSnapshotAsync();
        Assert.Empty(after.Catalog.Plans);
        await AssertSameAsWholeAsync(harness, after);
    }

    private static async Task AssertSameAsWholeAsync(ImportHarness harness, CatalogSnapshot snapshot)
    {
        var (whole, _) = await harness.QueryAsync(db => CatalogLoader.LoadAsync(db, null, CancellationToken.None));
        Assert.Equal(whole.Revision, snapshot.Revision);
        Assert.Equal(Describe(whole), Describe(snapshot));
        foreach (var (query, state) in new[] { ("", ""), ("acme", ""), ("health", "CO"), ("gold", ""), ("", "WA"), ("mutual", "") })
        {
            Assert.Equal(Page(whole.Plans.Search(query, state, null, 500)), Page(snapshot.Plans.Search(query, state, null, 500)));
            Assert.Equal(Page(whole.Plans.Search(query, state, "b", 2)), Page(snapshot.Plans.Search(query, state, "b", 2)));
        }
    }

    private static string Describe(CatalogSnapshot snapshot) => JsonSerializer.Serialize(new
    {
        Plans = snapshot.Catalog.Plans.Select(p => new
        {
            p.Code, p.Insurer, p.Name, p.PlanType, p.States, p.NetworkType, Rules = p.Rules.Select(Describe),
        }),
        Medicaid = snapshot.Catalog.Medicaid.Select(m => new { m.StateCode, m.Program, m.Form, m.Note, Rules = m.Rules.Select(Describe) }),
        Medicare = snapshot.Catalog.Medicare?.Rules.Select(Describe),
        snapshot.States,
        snapshot.Plans.Count,
    });

    private static object Describe(CoverageRule rule) => new { rule.Id, rule.EffectiveFrom, rule.EffectiveTo, rule.Terms };

    private static string Page(PlanPage page) => $"{string.Join(",", page.Plans.Select(p => p.Code))} of {page.Total}, more: {page.HasMore}";
}
