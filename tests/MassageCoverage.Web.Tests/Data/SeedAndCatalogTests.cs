using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Data;

/// <summary>Writes to its own database, so the shared one stays as seeded.</summary>
public class SeedAndCatalogTests : OwnDatabaseTests
{
    [Fact]
    public async Task A_second_initialisation_adds_nothing_and_keeps_what_was_edited()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
            var texas = await db.MedicaidStatePrograms.SingleAsync(s => s.StateCode == "TX");
            texas.CoverageForm = CoverageForm.NotCovered;
            texas.Source = "an admin's edit";
            await db.SaveChangesAsync();
        }

        await Factory.InitializeDatabaseAsync();

        await using var check = Factory.Services.CreateAsyncScope();
        var after = check.ServiceProvider.GetRequiredService<CoverageDbContext>();
        Assert.Equal(51, await after.MedicaidStatePrograms.CountAsync());
        Assert.Equal(4, await after.Plans.CountAsync());
        Assert.Equal(7, await after.Rules.CountAsync());
        var edited = await after.MedicaidStatePrograms.SingleAsync(s => s.StateCode == "TX");
        Assert.Equal(CoverageForm.NotCovered, edited.CoverageForm);
        Assert.Equal("an admin's edit", edited.Source);
    }

    [Fact]
    public async Task The_catalog_snapshot_holds_the_seeded_plans_states_and_Medicare()
    {
        var catalog = await Factory.Services.GetRequiredService<CatalogProvider>().GetAsync();

        Assert.Equal(4, catalog.Plans.Count);
        Assert.All(catalog.Plans, p => Assert.EndsWith("(demo)", p.Name, StringComparison.Ordinal));
        Assert.Equal(51, catalog.Medicaid.Count);
        Assert.Single(catalog.FindMedicaid("CO")!.Rules);
        Assert.Empty(catalog.FindMedicaid("OR")!.Rules);
        Assert.Equal(2, catalog.FindPlan("acme-ppo-gold")!.Rules.Count);
        Assert.Equal(
            [ProviderType.PhysicalTherapist, ProviderType.OccupationalTherapist],
            catalog.Medicare!.Rules.Single().Terms.AllowedProviderTypes);
    }

    [Fact]
    public async Task A_change_written_by_anyone_reaches_the_snapshot_on_refresh()
    {
        var provider = Factory.Services.GetRequiredService<CatalogProvider>();
        var before = await provider.GetAsync();
        Assert.Equal(12, before.FindPlan("acme-ppo-gold")!.Rules[1].Terms.MaxVisitsPerYear);

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            // Raw SQL, as psql or another instance would write it: only the revision trigger tells the app.
            var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
            await db.Database.ExecuteSqlAsync(
                $"UPDATE coverage_rules SET \"Terms\" = jsonb_set(\"Terms\", '{{maxVisitsPerYear}}', '20') WHERE \"EffectiveFrom\" = {new DateOnly(2026, 1, 1)}");
        }

        await provider.RefreshAsync();

        var after = await provider.GetAsync();
        Assert.Equal(20, after.FindPlan("acme-ppo-gold")!.Rules[1].Terms.MaxVisitsPerYear);
        Assert.Equal(12, before.FindPlan("acme-ppo-gold")!.Rules[1].Terms.MaxVisitsPerYear);
    }

    [Fact]
    public async Task TheDatabase_refuses_overlapping_versions_of_one_plan()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoverageDbContext>();
        var plan = await db.Plans.Include(p => p.Rules).SingleAsync(p => p.Code == "acme-ppo-gold");
        plan.Rules.Add(new RuleVersion
        {
            OwnerKind = RuleOwnerKind.Plan,
            Terms = new() { ServiceCodes = ["97124"], Covered = true },
            EffectiveFrom = new DateOnly(2025, 6, 1),
            EffectiveTo = new DateOnly(2025, 6, 30),
            UpdatedBy = "test",
        });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Contains("ex_coverage_rules_no_overlap", error.InnerException?.Message, StringComparison.Ordinal);
    }
}
